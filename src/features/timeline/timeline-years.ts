import { eventYears } from '../../catalog/as-of';
import type { Catalog } from '../../catalog/catalog';
import type { Figure, Milestone, Park } from '../../catalog/schema';

function* figureDates(f: Figure | undefined) {
  for (const v of f?.values ?? []) yield v.asOf;
}
function* milestoneDates(ms: readonly Milestone[] | undefined) {
  for (const m of ms ?? []) yield m.date;
}

/** Every date a loaded park holds: status steps, milestones and figure values. */
function* parkDates(park: Park): Generator<string> {
  yield* figureDates(park.area);
  for (const k of park.keyFigures) yield* figureDates(k.figure);
  yield* milestoneDates(park.milestones);
  for (const z of park.zones) {
    yield* figureDates(z.area);
    yield* milestoneDates(z.milestones);
  }
  for (const p of park.projects) {
    for (const s of p.statusHistory) yield s.date;
    yield* milestoneDates(p.milestones);
    yield* figureDates(p.investment);
  }
}

const cache = new WeakMap<Catalog, number[]>();

/** The years in which the loaded catalog has events: the timeline's range and its tick marks. */
export function catalogYears(catalog: Catalog): number[] {
  let years = cache.get(catalog);
  if (!years) {
    years = eventYears(
      (function* () {
        for (const park of catalog.parks) yield* parkDates(park);
      })(),
    );
    cache.set(catalog, years);
  }
  return years;
}
