import { MAX_COMPARED, MIN_COMPARED, type CompareModel } from '../../catalog/compare-table';
import { toCompare } from '../../url/transitions';
import { go } from '../../url/url-store';

/**
 * Changes to the compared list, always through the URL (patchUrl pushes a history entry, so Back
 * undoes an add or a remove). The link must stay parseable (2–4 ids): unknown ids are dropped once
 * enough known parks remain, and kept as placeholders until then so the view does not vanish.
 */
const known = (model: CompareModel) => model.parks.map((p) => p.id);

export function nextWithAdded(model: CompareModel, id: string): string[] {
  const next = [...known(model), id];
  if (next.length >= MIN_COMPARED) return next.slice(0, MAX_COMPARED);
  return [...next, ...model.unknown].slice(0, Math.max(MIN_COMPARED, next.length));
}

export const nextWithRemoved = (model: CompareModel, id: string) => known(model).filter((x) => x !== id);

export function nextWithReplaced(ids: readonly string[], from: string, to: string): string[] {
  return [...new Set(ids.map((x) => (x === from ? to : x)))];
}

export const addPark = (model: CompareModel, id: string) => go((state) => toCompare(state, nextWithAdded(model, id)));
export const removePark = (model: CompareModel, id: string) => go((state) => toCompare(state, nextWithRemoved(model, id)));
export const replaceId = (ids: readonly string[], from: string, to: string) =>
  go((state) => toCompare(state, nextWithReplaced(ids, from, to)));
