import { STATUS_ORDER } from './format';
import type { Name } from './schema';
import type { ProjectRow } from './project-rows';
import type { TableColumn, TableSort } from './table-columns';

type Key = string | number | undefined;
const lower = (n: Name | undefined) => n?.en.toLowerCase();
const KEYS: Record<TableColumn, (r: ProjectRow) => Key> = {
  name: (r) => lower(r.name),
  park: (r) => lower(r.park.name),
  zone: (r) => lower(r.zone?.name),
  kind: (r) => r.kind,
  companies: (r) => (r.companies.length ? r.companies.map((c) => c.en.toLowerCase()).join(', ') : undefined),
  investment: (r) => (r.investmentKey < 0 ? undefined : r.investmentKey),
  status: (r) => (r.status ? STATUS_ORDER.indexOf(r.status) : undefined),
  date: (r) => r.date,
  location: (r) => (r.location ? ['exact', 'approximate', 'site-unknown'].indexOf(r.location) : undefined),
  sources: (r) => r.sources,
};

/** Sort keys per column and row, kept while the row is (rows are reused across dates: project-rows.ts). */
const sortKeys = new Map<TableColumn, WeakMap<ProjectRow, Key>>();
function keyOf(column: TableColumn): (row: ProjectRow) => Key {
  let cache = sortKeys.get(column);
  if (!cache) sortKeys.set(column, (cache = new WeakMap()));
  const key = KEYS[column],
    keys = cache;
  return (row) => {
    let k = keys.get(row);
    if (k === undefined && !keys.has(row)) keys.set(row, (k = key(row)));
    return k;
  };
}

/** Unknown is not small: rows with no value stay last in both directions; ties by catalog order. */
const compare = (a: Key, b: Key, ai: number, bi: number, dir: number) => {
  if (a === undefined || b === undefined) return a === b ? ai - bi : a === undefined ? 1 : -1;
  return a < b ? -dir : a > b ? dir : ai - bi;
};

/** What buildRows changed between two results (a move of the date), and the catalog order of any row. */
export type RowsDiff = { removed: readonly ProjectRow[]; added: readonly ProjectRow[]; order: (row: ProjectRow) => number };
const diffs = new WeakMap<readonly ProjectRow[], { before: readonly ProjectRow[]; diff: RowsDiff }>();
/** One step back only: the entry of `before` goes, so results do not chain back through every date visited. */
export const rememberRowsDiff = (before: readonly ProjectRow[], after: readonly ProjectRow[], diff: RowsDiff) => {
  diffs.delete(before);
  diffs.set(after, { before, diff });
};

/** The last order made of each rows array (per array, so two tables never patch each other's). */
const sortedOf = new WeakMap<readonly ProjectRow[], { column: TableColumn; dir: number; sorted: readonly ProjectRow[] }>();

/**
 * Sorted by a column. Ties keep the input's order (the catalog's). When the rows are the last
 * sorted ones patched by a move of the date, the last order is patched too: the removed rows
 * leave, the added ones are sorted alone and merged in, so a sorted table follows the timeline at
 * 100,000 rows without sorting them all again.
 */
export function sortRows(rows: readonly ProjectRow[], sort: TableSort | undefined): readonly ProjectRow[] {
  if (!sort) return rows;
  const key = keyOf(sort.column);
  const dir = sort.descending ? -1 : 1;
  const known = diffs.get(rows);
  const last = known && sortedOf.get(known.before);
  let sorted: readonly ProjectRow[];
  if (last && last.column === sort.column && last.dir === dir) {
    const { removed, added, order } = known.diff;
    const gone = new Set(removed);
    const cmp = (a: ProjectRow, b: ProjectRow) => compare(key(a), key(b), order(a), order(b), dir);
    sorted = merge(
      last.sorted.filter((r) => !gone.has(r)),
      [...added].sort(cmp),
      cmp,
    );
    sortedOf.delete(known.before);
  } else {
    const keyed = rows.map((row, i) => ({ row, k: key(row), i }));
    keyed.sort((a, b) => compare(a.k, b.k, a.i, b.i, dir));
    sorted = keyed.map((x) => x.row);
  }
  sortedOf.set(rows, { column: sort.column, dir, sorted });
  return sorted;
}

function merge(a: readonly ProjectRow[], b: readonly ProjectRow[], cmp: (x: ProjectRow, y: ProjectRow) => number): ProjectRow[] {
  const out: ProjectRow[] = new Array(a.length + b.length);
  let i = 0,
    j = 0,
    o = 0;
  while (i < a.length && j < b.length) out[o++] = cmp(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}
