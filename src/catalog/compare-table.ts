import { parkAt } from './as-of';
import { isPending, type Catalog } from './catalog';
import { investmentPerKm2, outputPerKm2, type Derived } from './derived';
import { STATUS_ORDER } from './format';
import type { Bilingual } from '../i18n/bilingual';
import type { Figure, Industry, KeyFigure, Name, Park, ProjectStatus } from './schema';
import { disagrees, latestStep, projectTotals, type ProjectTotals } from './selectors';

/**
 * The compare view's row model: one pure structure that the React table renders and the CSV
 * export flattens, so what is downloaded is exactly what is shown. Cells keep the catalog's own
 * figures (several values, sources, years) rather than pre-formatted text.
 */

/**
 * The dates a computed cell summarises ("2018–2024"); inferred when any of them is. `basis` says
 * whether they are the figures' own dates or, for lists with no date, those of the documents.
 */
export type DateSpan = { from: string; to: string; inferred: boolean; basis: 'figures' | 'sources' };
export type LabelledFigure = { label: Name; figure: Figure };
export type NamedItem = { name: Name; kind: Park['institutions'][number]['kind'] | 'project-company'; sources: string[] };

export type CompareCell =
  | { kind: 'figures'; figures: LabelledFigure[] }
  | { kind: 'zones'; zones: { name: Name; area?: Figure | undefined }[]; sources: string[]; span?: DateSpan }
  | { kind: 'projects'; totals: ProjectTotals; aggregates: number; sources: string[]; span?: DateSpan }
  | { kind: 'status'; counts: { status: ProjectStatus; count: number }[]; sources: string[]; span?: DateSpan }
  | { kind: 'industries'; items: { industry: Industry; shared: boolean }[]; sources: string[]; span?: DateSpan }
  | { kind: 'names'; items: NamedItem[]; sources: string[]; span?: DateSpan }
  /** `conflict`: the several values come from inputs whose sources disagree (not from two measures of one thing). */
  | { kind: 'derived'; derived: Derived; conflict: boolean };

export type RowId =
  | 'area'
  | 'output'
  | 'output-per-km2'
  | 'companies'
  | 'targets'
  | 'zones'
  | 'projects'
  | 'investment-per-km2'
  | 'status'
  | 'industries'
  | 'names';
/** `scope` says what a computed row counts; figure rows carry each value's own scope. */
export type CompareRow = { id: RowId; label: Bilingual; scope?: Bilingual; cells: CompareCell[] };
/** `loading`: parks the index lists whose files are not in yet (they join the table when they are). */
export type CompareModel = { parks: Park[]; unknown: string[]; loading: string[]; shared: Industry[]; rows: CompareRow[] };

export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

const ROW: Record<RowId, Bilingual> = {
  area: { en: 'Stated area', zh: '公布面积' },
  output: { en: 'Output or revenue', zh: '产值或营收' },
  'output-per-km2': { en: 'Output per km²', zh: '每平方公里产值' },
  companies: { en: 'Number of companies', zh: '企业数量' },
  targets: { en: 'Plan targets', zh: '规划目标' },
  zones: { en: 'Zones', zh: '分区' },
  projects: { en: 'Tracked projects', zh: '跟踪项目' },
  'investment-per-km2': { en: 'Investment per km²', zh: '每平方公里投资' },
  status: { en: 'Status of tracked projects', zh: '跟踪项目状态' },
  industries: { en: 'Focus industries', zh: '重点产业' },
  names: { en: 'Notable companies and institutions', zh: '主要企业与机构' },
};

const SCOPE: Partial<Record<RowId, Bilingual>> = {
  zones: { en: 'zones the sources describe', zh: '来源所述分区' },
  projects: { en: 'projects tracked in the atlas; investment as each project reports it', zh: '本地图集跟踪的项目；投资按各项目报告' },
  status: { en: 'latest reported status of each tracked project', zh: '各跟踪项目最新报告状态' },
  industries: { en: 'focus industries of the park and its zones', zh: '园区及其分区的重点产业' },
  names: { en: 'named by the sources, and companies of tracked projects', zh: '来源提及的企业机构及跟踪项目企业' },
};

const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

type Dated = { date: string; inferred?: boolean | undefined };
export function spanOf(dates: readonly Dated[], basis: DateSpan['basis'] = 'figures'): DateSpan | undefined {
  if (!dates.length) return undefined;
  const sorted = dates.map((d) => d.date).sort();
  return { from: sorted[0]!, to: sorted.at(-1)!, inferred: dates.some((d) => d.inferred), basis };
}

/** For counts and lists with no date of their own: the dates of the documents they rest on. */
function sourceSpan(catalog: Catalog, ids: readonly string[]): DateSpan | undefined {
  return spanOf(
    ids.flatMap((id) => {
      const s = catalog.sources.get(id);
      if (s?.date) return [{ date: s.date }];
      return s?.dateInferred ? [{ date: s.dateInferred.date, inferred: true }] : [];
    }),
    'sources',
  );
}

const figuresOf = (park: Park, kinds: readonly KeyFigure['kind'][]): CompareCell => ({
  kind: 'figures',
  figures: park.keyFigures.filter((k) => kinds.includes(k.kind)).map((k) => ({ label: k.label, figure: k.figure })),
});

function projectsCell(park: Park): CompareCell {
  const values = park.projects.flatMap((p) => p.investment?.values ?? []);
  const sources = unique(values.flatMap((v) => v.sources));
  const span = spanOf(values.map((v) => ({ date: v.asOf, inferred: v.asOfInferred })));
  return { kind: 'projects', totals: projectTotals(park.projects), aggregates: park.aggregates.length, sources, ...(span && { span }) };
}

function statusCell(park: Park): CompareCell {
  const steps = park.projects.map(latestStep);
  const counts = STATUS_ORDER.map((status) => ({ status, count: steps.filter((s) => s.status === status).length })).filter(
    (c) => c.count > 0,
  );
  const span = spanOf(steps.map((s) => ({ date: s.date, inferred: s.dateInferred })));
  return { kind: 'status', counts, sources: unique(steps.flatMap((s) => s.sources)), ...(span && { span }) };
}

/** Institutions first, then the companies behind tracked projects; one entry per English name. */
function namedItems(park: Park): NamedItem[] {
  const items = new Map<string, NamedItem>();
  for (const i of park.institutions) items.set(i.name.en.toLowerCase(), { name: i.name, kind: i.kind, sources: [...i.sources] });
  for (const p of park.projects) {
    for (const c of p.companies) {
      const key = c.name.en.toLowerCase();
      const seen = items.get(key);
      if (seen) seen.sources = unique([...seen.sources, ...p.sources]);
      else items.set(key, { name: c.name, kind: 'project-company', sources: [...p.sources] });
    }
  }
  return [...items.values()];
}

function derivedCell(derived: Derived, inputs: (Figure | undefined)[]): CompareCell {
  const several = derived.shown && derived.values.length > 1;
  return { kind: 'derived', derived, conflict: several && inputs.some((f) => !!f && disagrees(f)) };
}

const industriesOf = (park: Park): Industry[] => unique([...park.focusIndustries, ...park.zones.flatMap((z) => z.focusIndustries)]);

/** Industries every compared park lists; with a single park nothing is "shared". */
export function sharedIndustries(parks: readonly Park[]): Industry[] {
  if (parks.length < 2) return [];
  const [first, ...rest] = parks.map(industriesOf);
  return first!.filter((i) => rest.every((list) => list.includes(i)));
}

/**
 * The parks named by `ids`, in link order; unknown ids are returned to be named, not dropped silently.
 * With `asOf` (the link's `asof=`) each park is read as it stood then, so the table and its downloads follow the date.
 */
export function compareModel(catalog: Catalog, ids: readonly string[], asOf?: string): CompareModel {
  const known = unique(ids).filter((id) => catalog.parkById.has(id));
  const parks = known.map((id) => parkAt(catalog.parkById.get(id)!, asOf));
  const unknown = unique(ids).filter((id) => !catalog.parkById.has(id) && !isPending(catalog, id));
  const loading = unique(ids).filter((id) => isPending(catalog, id));
  const shared = sharedIndustries(parks);
  const row = (id: RowId, cell: (park: Park) => CompareCell): CompareRow => ({
    id,
    label: ROW[id],
    ...(SCOPE[id] && { scope: SCOPE[id] }),
    cells: parks.map(cell),
  });
  const rows = [
    row('area', (p) => ({ kind: 'figures', figures: p.area ? [{ label: { en: ROW.area.en, zh: ROW.area.zh }, figure: p.area }] : [] })),
    row('output', (p) => figuresOf(p, ['output', 'revenue'])),
    row('output-per-km2', (p) =>
      derivedCell(outputPerKm2(p), [
        p.area,
        ...p.keyFigures.filter((k) => k.kind === 'output' || k.kind === 'revenue').map((k) => k.figure),
      ]),
    ),
    row('companies', (p) => figuresOf(p, ['companies'])),
    row('targets', (p) => figuresOf(p, ['target'])),
    row('zones', (p) => {
      const sources = unique(p.zones.flatMap((z) => z.sources));
      const span = sourceSpan(catalog, sources);
      return { kind: 'zones', zones: p.zones.map((z) => ({ name: z.name, area: z.area })), sources, ...(span && { span }) };
    }),
    row('projects', projectsCell),
    row('investment-per-km2', (p) => derivedCell(investmentPerKm2(p), [p.area])),
    row('status', statusCell),
    row('industries', (p) => {
      const sources = unique([...p.sources, ...p.zones.flatMap((z) => z.sources)]);
      const span = sourceSpan(catalog, sources);
      const items = industriesOf(p).map((industry) => ({ industry, shared: shared.includes(industry) }));
      // Shared industries first, so the common ground reads across the row.
      items.sort((a, b) => Number(b.shared) - Number(a.shared));
      return { kind: 'industries', items, sources, ...(span && { span }) };
    }),
    row('names', (p) => {
      const items = namedItems(p);
      const sources = unique(items.flatMap((i) => i.sources));
      const span = sourceSpan(catalog, sources);
      return { kind: 'names', items, sources, ...(span && { span }) };
    }),
  ];
  return { parks, unknown, loading, shared, rows };
}

/** Every source a cell rests on, for its one source button and the CSV. */
export function cellSources(cell: CompareCell): string[] {
  if (cell.kind === 'figures') return unique(cell.figures.flatMap((f) => f.figure.values.flatMap((v) => v.sources)));
  if (cell.kind === 'derived') {
    return cell.derived.shown ? unique(cell.derived.values.flatMap((v) => [...v.numerator.sources, ...v.denominator.sources])) : [];
  }
  return cell.sources;
}
