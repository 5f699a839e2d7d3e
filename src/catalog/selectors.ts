import { stepAt } from './as-of';
import type { Catalog } from './catalog';
import type { Figure, FigureValue, Industry, Park, Project, ProjectStatus, StatusStep, Zone } from './schema';

/**
 * Pure selectors over the catalog: no React, no store, so panels, map layers, the compare view
 * and the bench all agree on what "latest status" or "tracked investment" means.
 */

/**
 * Oldest first. Partial dates sort as text ("2021" < "2021-03"); on equal dates the curated order
 * stands (the sort is stable), so the later entry counts as the latest, as on the map.
 */
export function sortedHistory(project: Project): StatusStep[] {
  return [...project.statusHistory].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function latestStep(project: Project): StatusStep {
  const history = sortedHistory(project);
  return history[history.length - 1]!;
}

export const latestStatus = (project: Project): ProjectStatus => latestStep(project).status;

const scopeOf = (v: FigureValue) => v.coverage ?? 'whole';
/** Two values may measure the same thing: the same coverage, or one of uncertain scope beside one of the whole. */
const comparable = (a: FigureValue, b: FigureValue) =>
  scopeOf(a) === scopeOf(b) || [scopeOf(a), scopeOf(b)].sort().join() === 'uncertain,whole';

/**
 * Values that disagree: two distinct amounts that may measure the same thing, and not declared
 * as something else (two measures of one thing, parts of a sum, a currency conversion). Same
 * amount twice agrees; a value of the whole and one of a part or a wider area are two scopes,
 * not a disagreement (audit point 5 of the evidence issue); one whose scope is uncertain may
 * still be the whole's, so it can disagree with it.
 */
export function disagrees(figure: Figure): boolean {
  if (figure.relation && figure.relation !== 'disagree') return false;
  const { values } = figure;
  return values.some((a, i) => values.slice(i + 1).some((b) => comparable(a, b) && (a.value !== b.value || a.unit !== b.unit)));
}

/** Values that read as one (the same amount, unit and scope from several sources): shown once, with every source. */
export function readsAsOne(figure: Figure): boolean {
  if (figure.values.length === 1) return true;
  if (figure.relation && figure.relation !== 'disagree') return false;
  return new Set(figure.values.map((v) => `${v.value}|${v.unit}|${scopeOf(v)}`)).size === 1;
}

export type MoneyTotal = { currency: 'CNY' | 'USD'; low: number; high: number; projects: number };
export type ProjectTotals = { count: number; withAmount: number; withoutAmount: number; money: MoneyTotal[] };

const isMoney = (v: FigureValue): v is FigureValue & { unit: 'CNY' | 'USD' } => v.unit === 'CNY' || v.unit === 'USD';

/**
 * One project's investment as a low–high range in one currency. Disagreeing sources widen the
 * range rather than one value being picked; parts of a sum are added; a currency conversion
 * counts once, in the currency printed first. Otherwise a figure printed in two currencies
 * counts under the one most of its values use, so one project is never counted twice.
 */
export function investmentRange(project: Project): MoneyTotal | undefined {
  const figure = project.investment;
  const money = figure?.values.filter(isMoney) ?? [];
  if (!figure || !money.length) return undefined;
  const cny = money.filter((v) => v.unit === 'CNY').length;
  const currency = figure.relation === 'conversion' ? money[0]!.unit : cny * 2 >= money.length ? 'CNY' : 'USD';
  const amounts = money.filter((v) => v.unit === currency).map((v) => v.value);
  if (figure.relation === 'parts') {
    const sum = amounts.reduce((a, b) => a + b, 0);
    return { currency, low: sum, high: sum, projects: 1 };
  }
  return { currency, low: Math.min(...amounts), high: Math.max(...amounts), projects: 1 };
}

/** Count, tracked investment (per currency, as a range) and how many have no amount reported. */
export function projectTotals(projects: readonly Project[]): ProjectTotals {
  const money = new Map<string, MoneyTotal>();
  let withAmount = 0;
  for (const project of projects) {
    const range = investmentRange(project);
    if (!range) continue;
    withAmount++;
    const total = money.get(range.currency) ?? { currency: range.currency, low: 0, high: 0, projects: 0 };
    money.set(range.currency, { ...total, low: total.low + range.low, high: total.high + range.high, projects: total.projects + 1 });
  }
  const order = ['CNY', 'USD'];
  return {
    count: projects.length,
    withAmount,
    withoutAmount: projects.length - withAmount,
    money: [...money.values()].sort((a, b) => order.indexOf(a.currency) - order.indexOf(b.currency)),
  };
}

/** Sort key for "by investment": the high end of the range in yuan; no amount sorts last. */
export function investmentSortKey(project: Project, usdToCny = 7): number {
  const range = investmentRange(project);
  if (!range) return -1;
  return range.currency === 'USD' ? range.high * usdToCny : range.high;
}

/** `asOf` (the link's `asof=`): the date the catalog is read at; a project with no step by then is not shown. */
export type Filters = {
  industry?: readonly Industry[] | undefined;
  status?: readonly ProjectStatus[] | undefined;
  asOf?: string | undefined;
};

export const hasFilters = (f: Filters) => !!(f.industry?.length || f.status?.length);

const anyOf = (have: readonly Industry[], want: readonly Industry[] | undefined) => !want?.length || have.some((i) => want.includes(i));

export const zoneMatches = (zone: Zone, f: Filters) => anyOf(zone.focusIndustries, f.industry);

/** A park matches the industry filter through its own focus or any of its zones'. */
export const parkMatches = (park: Park, f: Filters) => anyOf(park.focusIndustries, f.industry) || park.zones.some((z) => zoneMatches(z, f));

/**
 * Projects carry no industry of their own: they match through their park's or their zone's
 * (the same rule the map applies in src/map/layers/filters.ts, so list and map agree).
 */
export function projectMatches(project: Project, park: Park, zone: Zone | undefined, f: Filters): boolean {
  const step = f.asOf === undefined ? latestStep(project) : stepAt(project, f.asOf);
  if (!step) return false;
  if (f.status?.length && !f.status.includes(step.status)) return false;
  return industryMatches(park, zone, f);
}

/** The industry half of projectMatches, for callers that read the step themselves (no second lookup). */
export const industryMatches = (park: Park, zone: Zone | undefined, f: Filters) =>
  anyOf(park.focusIndustries, f.industry) || (!!zone && anyOf(zone.focusIndustries, f.industry));

export function projectsOf(park: Park, zone?: Zone): Project[] {
  return zone ? park.projects.filter((p) => p.zoneId === zone.id) : park.projects;
}

export function filterProjects(park: Park, projects: readonly Project[], f: Filters): Project[] {
  const zones = new Map(park.zones.map((z) => [z.id, z]));
  return projects.filter((p) => projectMatches(p, park, p.zoneId ? zones.get(p.zoneId) : undefined, f));
}

/** Parks with no parent in the catalog are roots (a parent that failed to load promotes its children). */
/** Whether a park or anything nested under it matches: a parent stays listed for a matching child. */
export function treeMatches(catalog: Catalog, park: Park, f: Filters, seen = new Set<string>()): boolean {
  if (seen.has(park.id)) return false;
  seen.add(park.id);
  return parkMatches(park, f) || (catalog.childrenOf.get(park.id) ?? []).some((c) => treeMatches(catalog, c, f, seen));
}

/** Industries that occur anywhere in the catalog, so the filter offers only choices that can match. */
export function industriesInUse(catalog: Catalog): Industry[] {
  const used = new Set<Industry>();
  for (const park of catalog.parks) {
    park.focusIndustries.forEach((i) => used.add(i));
    park.zones.forEach((z) => z.focusIndustries.forEach((i) => used.add(i)));
  }
  return [...used];
}
