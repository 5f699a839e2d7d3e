import type { FeatureCollection } from 'geojson';
import type { AtlasData } from './atlas-data';
import { atlasSources } from './atlas-style';
import { SOURCE } from './expressions';
import { featureDiff, type FeatureDiff } from './feature-diff';

/** What one source is sent: its whole collection, or (projects only) the diff from what the map holds. */
export type SourceUpdate = { id: string; data: FeatureCollection; diff?: FeatureDiff };

/**
 * The sources whose collection changed from `before` (what the map holds) to `after`
 * (buildAtlasData keeps the collections that did not change), the projects as a diff where few
 * changed: a year's move of the timeline at 100,000 projects then sends a few thousand features
 * to the worker instead of all of them.
 */
export function sourceUpdates(before: AtlasData | undefined, after: AtlasData): SourceUpdate[] {
  const old = before ? atlasSources(before) : {};
  const updates: SourceUpdate[] = [];
  for (const [id, spec] of Object.entries(atlasSources(after))) {
    const was = old[id]?.data;
    const data = spec.data as FeatureCollection;
    if (was === data) continue;
    const diff = id === SOURCE.projects && typeof was === 'object' ? featureDiff(was as FeatureCollection, data) : undefined;
    updates.push(diff ? { id, data, diff } : { id, data });
  }
  return updates;
}

/**
 * How many features the updates post to MapLibre's worker. MapLibre copies what it posts by
 * walking every feature on the main thread (its `serialize`): 30–60 ms for the 10,000 projects a
 * year adds at 100,000. A removal posts only an id, but counts as one.
 */
export const postedFeatures = (updates: readonly SourceUpdate[]): number =>
  updates.reduce((n, u) => n + (u.diff ? u.diff.add.length + u.diff.remove.length : u.data.features.length), 0);
