import { endKey, startKey } from './as-of';
import type { Catalog, ProjectEntry } from './catalog';
import type { Project } from './schema';

/**
 * The catalog's projects in one fixed order, and the dates at which each can read differently (its
 * status steps and its investment values), bucketed by year. Between two dates of the timeline only
 * the projects with such a date in between can change (status, visibility, investment as of then):
 * at 100,000 projects a year's move touches a tenth of them, so the map and the table update those
 * and keep the rest (issue 15's 100 ms target), instead of reading every project again.
 */
export type TimeIndex = {
  entries: readonly ProjectEntry[];
  /** A project's place in `entries` (made on first use). */
  readonly positionOf: ReadonlyMap<Project, number>;
  /** Year → positions in `entries` and the start key of the date that put them there, one pair per date (made on first use). */
  readonly byYear: ReadonlyMap<number, { at: number[]; keys: string[] }>;
};

const indexes = new WeakMap<Catalog, TimeIndex>();

/**
 * One per catalog (a catalog never changes; loading a park makes a new one). Only the order is
 * made at once: while a large catalog loads, each new catalog is drawn once and never moved in
 * time, so the buckets and positions wait for the first move of the date or the table's first build.
 */
export function timeIndex(catalog: Catalog): TimeIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const entries = [...catalog.projectById.values()];
  let byYear: Map<number, { at: number[]; keys: string[] }> | undefined;
  let positionOf: Map<Project, number> | undefined;
  index = {
    entries,
    get positionOf() {
      return (positionOf ??= new Map(entries.map((e, at) => [e.project, at])));
    },
    get byYear() {
      return (byYear ??= bucketByYear(entries));
    },
  };
  indexes.set(catalog, index);
  return index;
}

function bucketByYear(entries: readonly ProjectEntry[]): Map<number, { at: number[]; keys: string[] }> {
  const byYear = new Map<number, { at: number[]; keys: string[] }>();
  const add = (date: string, at: number) => {
    const year = Number(date.slice(0, 4));
    let bucket = byYear.get(year);
    if (!bucket) byYear.set(year, (bucket = { at: [], keys: [] }));
    bucket.at.push(at);
    bucket.keys.push(startKey(date));
  };
  entries.forEach(({ project }, at) => {
    for (const step of project.statusHistory) add(step.date, at);
    for (const value of project.investment?.values ?? []) add(value.asOf, at);
  });
  return byYear;
}

/** Without a date the atlas reads "now": every dated thing counts, so its end is past any key. */
const END_OF_TIME = '\uffff';
const end = (asOf: string | undefined) => (asOf === undefined ? END_OF_TIME : endKey(asOf));

/**
 * Positions (ascending, each once) of the projects whose reading can differ between the two dates:
 * those with a date that had happened by one of them and not by the other.
 */
export function changedBetween(index: TimeIndex, a: string | undefined, b: string | undefined): number[] {
  const [lo, hi] = [end(a), end(b)].sort();
  if (lo === hi) return [];
  const seen = new Uint8Array(index.entries.length);
  const changed: number[] = [];
  const first = Number(lo!.slice(0, 4)),
    last = hi === END_OF_TIME ? Infinity : Number(hi!.slice(0, 4));
  for (const [year, { at, keys }] of index.byYear) {
    if (year < first || year > last) continue;
    for (let i = 0; i < at.length; i++) {
      const key = keys[i]!;
      if (key > lo! && key <= hi! && !seen[at[i]!]) {
        seen[at[i]!] = 1;
        changed.push(at[i]!);
      }
    }
  }
  return changed.sort((x, y) => x - y);
}

/** What the slots of an incremental build hold, in slot order (a plain loop: it runs over 100,000 slots on every date move). */
export function present<T>(slots: readonly (T | undefined)[]): T[] {
  const held: T[] = [];
  for (let i = 0; i < slots.length; i++) {
    const item = slots[i];
    if (item !== undefined) held.push(item);
  }
  return held;
}
