import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { readAttribution, readManifest, roleOf } from './basemap-manifest';
import { readRegions, type BasemapRegion, type RegionData, type RegionLayer } from './basemap-regions';
import type { BasemapLayerInput } from './basemap-style';
import { versioned } from '../catalog/fetch-queue';
import { fetchBody } from '../catalog/early-fetch';
import { FONT_FACES_META } from './first-view-files';

/**
 * `layers` hold the national files' data; region layers start empty and fill as the view reaches
 * `regions` (see basemap-regions.ts). `base` is the page address the files were fetched against.
 */
export type BasemapFiles = {
  layers: BasemapLayerInput[];
  regions: BasemapRegion[];
  regionLayers: RegionLayer[];
  attribution?: string;
  fontFaces?: FontFacesSpecification;
  base: string;
};

/**
 * As the catalog's files (fetch-queue.ts): the build's version in the URL, so a deploy reaches
 * readers and the responses index.html preloads (scripts/vite-plugin-atlas-data.ts) are the ones used.
 */
async function fetchJson(url: URL, meta?: string): Promise<unknown> {
  const response = await fetchBody(...versioned(url, meta));
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return JSON.parse(response.text);
}

/** The font-faces.json the build writes holds page-relative URLs; MapLibre needs absolute ones. */
export function resolveFontFaces(faces: unknown, base: string): FontFacesSpecification | undefined {
  if (!faces || typeof faces !== 'object') return undefined;
  const out: FontFacesSpecification = {};
  for (const [name, list] of Object.entries(faces as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    out[name] = list
      .filter((f): f is { url: string; 'unicode-range'?: string[] } => typeof f?.url === 'string')
      .map((f) => ({ ...f, url: new URL(f.url, base).href }));
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Loads what the offline basemap's first view needs, from this site only: the manifest and the
 * national files (region detail comes later, by loadRegionOnce). Each piece is optional: a missing
 * layer file is skipped, missing fonts fall back to the browser's own, a missing manifest leaves a
 * plain background. The GeoJSON is fetched here rather than by MapLibre so a missing file drops
 * its layer instead of raising map errors.
 */
export async function loadBasemapFiles(base = document.baseURI): Promise<BasemapFiles> {
  const at = (path: string) => new URL(path, base);
  const [manifest, attribution, faces] = await Promise.allSettled([
    fetchJson(at('data/basemap/manifest.json')),
    fetchJson(at('data/basemap/attribution.json')),
    fetchJson(at('fonts/font-faces.json'), FONT_FACES_META),
  ]);
  const entries = manifest.status === 'fulfilled' ? readManifest(manifest.value) : [];
  const regions = manifest.status === 'fulfilled' ? readRegions(manifest.value) : [];
  const regionLayers: RegionLayer[] = [];
  const files = new Map<string, Promise<unknown>>();
  const layers = await Promise.all(
    entries.map(async (entry): Promise<BasemapLayerInput | undefined> => {
      const role = roleOf(entry);
      if (!role) return undefined;
      if (entry.scope === 'region') {
        regionLayers.push({ id: entry.id, file: entry.file, role });
        return { id: entry.id, role, data: { type: 'FeatureCollection', features: [] } };
      }
      if (!files.has(entry.file))
        files.set(
          entry.file,
          fetchJson(at(`data/basemap/${entry.file}`)).catch(() => undefined),
        );
      const data = (await files.get(entry.file)) as FeatureCollection | undefined;
      return data?.type === 'FeatureCollection' ? { id: entry.id, role, data } : undefined;
    }),
  );
  return {
    layers: layers.filter((l): l is BasemapLayerInput => !!l),
    regions,
    regionLayers,
    base,
    attribution: attribution.status === 'fulfilled' ? readAttribution(attribution.value) : undefined,
    fontFaces: faces.status === 'fulfilled' ? resolveFontFaces(faces.value, base) : undefined,
  };
}

const loaded = new Map<string, Promise<BasemapFiles>>();

/**
 * The same files, fetched once per page for every map that draws them (the atlas, or the four
 * small maps of the compare view). A load that found no layer is not kept, so a later map retries.
 */
export function loadBasemapFilesOnce(base = document.baseURI): Promise<BasemapFiles> {
  let files = loaded.get(base);
  if (!files) {
    files = loadBasemapFiles(base);
    loaded.set(base, files);
    void files.then((f) => {
      if (!f.layers.length) loaded.delete(base);
    });
  }
  return files;
}

const regionsLoaded = new Map<string, Promise<RegionData>>();

/**
 * One region's files, fetched once per page for every map. A file that fails is left out of the
 * region (its layers stay as they were); a region that failed altogether is retried next time.
 */
export function loadRegionOnce(region: BasemapRegion, base: string): Promise<RegionData> {
  const key = `${base}#${region.id}`;
  let data = regionsLoaded.get(key);
  if (!data) {
    data = Promise.all(
      region.files.map(async (file) => {
        const json = await fetchJson(new URL(`data/basemap/regions/${region.id}/${file}`, base)).catch(() => undefined);
        return (json as FeatureCollection | undefined)?.type === 'FeatureCollection' ? [[file, json as FeatureCollection] as const] : [];
      }),
    ).then((pairs) => ({ id: region.id, files: new Map(pairs.flat()) }));
    regionsLoaded.set(key, data);
    void data.then((d) => {
      if (d.files.size === 0) regionsLoaded.delete(key);
    });
  }
  return data;
}
