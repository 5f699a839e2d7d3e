import type { Feature, FeatureCollection } from 'geojson';

export type FeatureDiff = { remove: string[]; add: Feature[] };

/** Beyond this share of changed features, one setData costs less than a diff the worker applies piece by piece. */
const MAX_SHARE = 0.5;

/**
 * The change from one collection to the next, by feature key (`key`, the sources' promoteId),
 * for GeoJSONSource.updateData: a feature whose object changed is removed and added again. The
 * builders reuse the object of a feature that did not change (atlas-data.ts), so comparing
 * references is enough and a year's move of the timeline costs a pass over the keys, not a
 * re-serialisation of 100,000 features. Undefined when most features changed.
 */
export function featureDiff(before: FeatureCollection, after: FeatureCollection): FeatureDiff | undefined {
  const known = remembered.get(after);
  if (known?.before === before) return worthIt(known.diff, after);
  const old = new Map<string, Feature>();
  for (const f of before.features) old.set(f.properties!.key as string, f);
  const add: Feature[] = [];
  const kept = new Set<string>();
  for (const f of after.features) {
    const key = f.properties!.key as string;
    if (old.get(key) === f) kept.add(key);
    else add.push(f);
  }
  const remove: string[] = [];
  for (const key of old.keys()) if (!kept.has(key)) remove.push(key);
  return worthIt({ remove, add }, after);
}

const worthIt = (diff: FeatureDiff, after: FeatureCollection) =>
  diff.remove.length + diff.add.length > Math.max(1, after.features.length) * MAX_SHARE ? undefined : diff;

/** Diffs a builder already knows (it patched `before` into `after`), so the map need not compare 100,000 keys. */
const remembered = new WeakMap<FeatureCollection, { before: FeatureCollection; diff: FeatureDiff }>();
/** One step back only: the entry of `before` goes, so collections do not chain back through every date visited. */
export const rememberDiff = (before: FeatureCollection, after: FeatureCollection, diff: FeatureDiff) => {
  remembered.delete(before);
  remembered.set(after, { before, diff });
};
