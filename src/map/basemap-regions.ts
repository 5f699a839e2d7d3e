import type { Feature, FeatureCollection } from 'geojson';
import type { BasemapRole } from './basemap-manifest';
import type { BasemapLayerInput } from './basemap-style';

/**
 * The basemap's detailed regions (data/basemap/regions/<id>/, see scripts/basemap/regions.ts):
 * the first view fetches only the small national files; a region's files are fetched once the
 * map's view overlaps its box at or above its minzoom, and their features join the layers the
 * style already has (empty until then), so no style is rebuilt.
 */
export type BasemapRegion = { id: string; bbox: [number, number, number, number]; minzoom: number; files: string[] };
/** One region's fetched files, by file name. */
export type RegionData = { id: string; files: ReadonlyMap<string, FeatureCollection> };
/** A layer whose features come from the region folders, and which file in each folder holds them. */
export type RegionLayer = { id: string; file: string; role: BasemapRole };
/** The view as [west, south, east, north] and zoom. */
export type View = { bounds: [number, number, number, number]; zoom: number };

const FILE = /^[\w.-]+\.geojson$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const isBox = (v: unknown): v is [number, number, number, number] =>
  Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n)) && v[0] < v[2] && v[1] < v[3];

/** Reads the manifest's `regions`, skipping any entry it cannot trust (odd ids or file names, bad boxes). */
export function readRegions(json: unknown): BasemapRegion[] {
  const list = (json as { regions?: unknown } | null)?.regions;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): BasemapRegion[] => {
    const o = item as Record<string, unknown> | null;
    if (!o || typeof o.id !== 'string' || !ID.test(o.id) || !isBox(o.bbox)) return [];
    const files = o.files && typeof o.files === 'object' ? Object.keys(o.files).filter((f) => FILE.test(f)) : [];
    const minzoom = typeof o.minzoom === 'number' ? o.minzoom : 0;
    return [{ id: o.id, bbox: o.bbox, minzoom, files }];
  });
}

/** The regions the view reaches: zoomed in to at least the region's minzoom, boxes overlapping. */
export function regionsInView(regions: readonly BasemapRegion[], { bounds: [w, s, e, n], zoom }: View): string[] {
  return regions.filter((r) => zoom >= r.minzoom && r.bbox[0] <= e && r.bbox[2] >= w && r.bbox[1] <= n && r.bbox[3] >= s).map((r) => r.id);
}

/**
 * Each region layer's features from every loaded region, in the manifest's region order. A
 * district or city touching two regions is in both folders: it is kept once (by its adcode and
 * kind of label), so its outline and label are not drawn twice.
 */
export function regionLayers(layers: readonly RegionLayer[], loaded: readonly RegionData[]): BasemapLayerInput[] {
  return layers.map(({ id, file, role }) => {
    const seen = new Set<string>();
    const features: Feature[] = [];
    for (const region of loaded) {
      for (const f of region.files.get(file)?.features ?? []) {
        const key = typeof f.properties?.adcode === 'string' ? `${f.properties.adcode}:${String(f.properties.level ?? '')}` : undefined;
        if (key && seen.has(key)) continue;
        if (key) seen.add(key);
        features.push(f);
      }
    }
    return { id, role, data: { type: 'FeatureCollection', features } };
  });
}
