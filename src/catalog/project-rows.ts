import { figureAt, stepAt } from './as-of';
import type { Catalog } from './catalog';
import type { Aggregate, Figure, Location, Name, Park, Project, ProjectStatus, StatusStep, Zone } from './schema';
import { normalise } from './search-index';
import { rememberRowsDiff } from './row-sort';
import { changedBetween, present, timeIndex, type TimeIndex } from './time-index';
import { industryMatches, investmentRange, type Filters } from './selectors';

/**
 * The projects table's model (`view=projects`): one row per tracked project, and one per
 * aggregate (what sources report only in total, kept whole: never split into projects). Pure and
 * built in one pass, with sort keys and search text computed once, so sorting and filtering
 * 100,000 rows stays within a frame or two.
 */
export type ProjectRow = {
  id: string;
  /** An aggregate is a row of its own, marked as such; it opens its park, never a project. */
  aggregate: Aggregate | undefined;
  project: Project | undefined;
  name: Name;
  park: Park;
  zone: Zone | undefined;
  kind: Project['kind'] | 'aggregate';
  companies: Name[];
  /** As of the date: the value(s) true then. */
  investment: Figure | undefined;
  /** Yuan, the high end of the range (US$ at 7); -1 when no amount is reported. */
  investmentKey: number;
  status: ProjectStatus | undefined;
  date: string | undefined;
  dateInferred: boolean;
  location: Location['confidence'] | undefined;
  sources: number;
};

const USD_TO_CNY = 7;
const names = (...ns: (Name | undefined)[]) => ns.flatMap((n) => (n ? [n.en, n.zh ?? '', ...(n.aka ?? [])] : [])).join(' ');

function investmentKey(figure: Figure | undefined, project: Project | undefined): number {
  if (!figure) return -1;
  const range = project ? investmentRange(figure === project.investment ? project : { ...project, investment: figure }) : undefined;
  if (range) return range.currency === 'USD' ? range.high * USD_TO_CNY : range.high;
  const money = figure.values.filter((v) => v.unit === 'CNY' || v.unit === 'USD');
  return money.length ? Math.max(...money.map((v) => (v.unit === 'USD' ? v.value * USD_TO_CNY : v.value))) : -1;
}

/**
 * The last row made per project, reused while its step and investment as of the date are the same
 * (a year's move of the timeline at 100,000 projects changes a few thousand rows, not all).
 */
const lastRow = new WeakMap<Project, { step: StatusStep; investment: string; park: Park; row: ProjectRow }>();
const valuesOf = (figure: Figure | undefined, whole: Figure | undefined) =>
  figure === whole ? 'all' : figure ? figure.values.map((v) => v.asOf).join() : 'none';

function projectRow(project: Project, park: Park, zone: Zone | undefined, asOf: string | undefined): ProjectRow | undefined {
  const step = stepAt(project, asOf);
  if (!step) return undefined;
  const investment = figureAt(project.investment, asOf);
  const signature = valuesOf(investment, project.investment);
  const last = lastRow.get(project);
  if (last && last.step === step && last.investment === signature && last.park === park) return last.row;
  const row = makeRow(project, park, zone, step, investment);
  lastRow.set(project, { step, investment: signature, park, row });
  return row;
}

function makeRow(project: Project, park: Park, zone: Zone | undefined, step: StatusStep, investment: Figure | undefined): ProjectRow {
  const companies = project.companies.map((c) => c.name);
  return {
    id: project.id,
    aggregate: undefined,
    project,
    name: project.name,
    park,
    zone,
    kind: project.kind,
    companies,
    investment,
    investmentKey: investmentKey(investment, project),
    status: step.status,
    date: step.date,
    dateInferred: !!step.dateInferred,
    location: project.location.confidence,
    sources: project.sources.length,
  };
}

function aggregateRow(a: Aggregate, park: Park, asOf: string | undefined): ProjectRow | undefined {
  const count = figureAt(a.count, asOf),
    investment = figureAt(a.investment, asOf);
  // Dated only through its figures: not yet reported when every one of them is later than the date.
  if (asOf && (a.count || a.investment) && !count && !investment) return undefined;
  const zone = a.zoneId ? park.zones.find((z) => z.id === a.zoneId) : undefined;
  return {
    id: `aggregate:${park.id}/${a.id}`,
    aggregate: a,
    project: undefined,
    name: a.label,
    park,
    zone,
    kind: 'aggregate',
    companies: [],
    investment,
    investmentKey: investmentKey(investment, undefined),
    status: a.status,
    date: undefined,
    dateInferred: false,
    location: a.location?.confidence,
    sources: a.sources.length,
  };
}

/** One slot of the rows: a project (its position in time-index.ts) or an aggregate of a park. */
type Slot = { at: number; aggregate?: undefined } | { at: -1; aggregate: Aggregate; park: Park };
type RowsBuild = {
  key: string;
  asOf: string | undefined;
  layout: Slot[];
  slotOf: Int32Array;
  /** Where the aggregates sit in `layout`: read again on every date move, without a pass over every project's slot. */
  aggregateSlots: number[];
  rows: (ProjectRow | undefined)[];
  result: ProjectRow[];
  order: (row: ProjectRow) => number;
};
const lastRows = new WeakMap<Catalog, RowsBuild>();

function slotRow(index: TimeIndex, slot: Slot, filters: Filters): ProjectRow | undefined {
  if (slot.aggregate) {
    const { aggregate: a, park } = slot;
    // Aggregates follow the status filter through their own status, the industry filter through their park or zone.
    const row = aggregateRow(a, park, filters.asOf);
    if (!row || (filters.status?.length && !(row.status && filters.status.includes(row.status)))) return undefined;
    if (
      filters.industry?.length &&
      ![...park.focusIndustries, ...(row.zone?.focusIndustries ?? [])].some((i) => filters.industry!.includes(i))
    )
      return undefined;
    return row;
  }
  const { project, park, zone } = index.entries[slot.at]!;
  // The date is checked by projectRow (one step lookup per project); the rest of the filters here.
  if (!industryMatches(park, zone, filters)) return undefined;
  const row = projectRow(project, park, zone, filters.asOf);
  return row && (!filters.status?.length || filters.status.includes(row.status!)) ? row : undefined;
}

/**
 * Rows for the parks in scope (loaded ones), following the filters and their date: each park's
 * projects, then its aggregates. When only the date moved since the last call, only the projects
 * dated in between (time-index.ts) and the aggregates are read again.
 */
export function buildRows(catalog: Catalog, filters: Filters, parkIds?: readonly string[]): ProjectRow[] {
  const index = timeIndex(catalog);
  const key = JSON.stringify([filters.industry ?? [], filters.status ?? [], parkIds ?? null]);
  const last = lastRows.get(catalog);
  if (last && last.key === key) {
    if (last.asOf === filters.asOf) return last.result;
    const { layout, slotOf, rows, aggregateSlots } = last;
    const removed: ProjectRow[] = [],
      added: ProjectRow[] = [];
    const patch = (i: number) => {
      const before = rows[i],
        after = slotRow(index, layout[i]!, filters);
      if (before === after) return;
      if (before) removed.push(before);
      if (after) added.push(after);
      rows[i] = after;
    };
    for (const at of changedBetween(index, last.asOf, filters.asOf)) if (slotOf[at]! >= 0) patch(slotOf[at]!);
    for (const i of aggregateSlots) patch(i);
    const result = present(rows);
    rememberRowsDiff(last.result, result, { removed, added, order: last.order });
    lastRows.set(catalog, { ...last, asOf: filters.asOf, result });
    return result;
  }
  const parks = parkIds ? parkIds.flatMap((id) => catalog.parkById.get(id) ?? []) : catalog.parks;
  const layout: Slot[] = [];
  for (const park of parks) {
    for (const project of park.projects) layout.push({ at: index.positionOf.get(project)! });
    for (const aggregate of park.aggregates) layout.push({ at: -1, aggregate, park });
  }
  const slotOf = new Int32Array(index.entries.length).fill(-1);
  layout.forEach((slot, i) => {
    if (slot.at >= 0) slotOf[slot.at] = i;
  });
  const rows = layout.map((slot) => slotRow(index, slot, filters));
  const result = present(rows);
  // A row's place in the layout: the catalog order that ties keep when the rows are sorted.
  const aggregateSlot = new Map(layout.flatMap((slot, i) => (slot.aggregate ? [[slot.aggregate, i] as const] : [])));
  const order = (row: ProjectRow) => (row.project ? slotOf[index.positionOf.get(row.project)!]! : aggregateSlot.get(row.aggregate!)!);
  const aggregateSlots = layout.flatMap((slot, i) => (slot.aggregate ? [i] : []));
  lastRows.set(catalog, { key, asOf: filters.asOf, layout, slotOf, aggregateSlots, rows, result, order });
  return result;
}

/**
 * Normalised name, park, zone and companies of a row, for the text filter: made when a filter
 * first needs it and kept per project (normalising 100,000 names took seconds; the date does not change them).
 */
const texts = new WeakMap<object, string>();
function textOf(row: ProjectRow): string {
  const key = row.project ?? row.aggregate!;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = normalise(names(row.name, row.park.name, row.zone?.name, ...row.companies))));
  return text;
}

/** Rows whose name, park, zone or company contains every word of the query (accents and case ignored). */
export function filterRows(rows: readonly ProjectRow[], query: string | undefined): readonly ProjectRow[] {
  const words = query ? normalise(query).split(' ').filter(Boolean) : [];
  if (!words.length) return rows;
  return rows.filter((r) => {
    const text = textOf(r);
    return words.every((w) => text.includes(w));
  });
}
