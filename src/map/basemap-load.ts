import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { readAttribution, readManifest, roleOf } from './basemap-manifest';
import type { BasemapLayerInput } from './basemap-style';

export type BasemapFiles = { layers: BasemapLayerInput[]; attribution?: string; fontFaces?: FontFacesSpecification };

async function json(url: URL): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-cache' }); // as the catalog (fetch-queue.ts): a deploy reaches readers
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
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
 * Loads what the offline basemap needs, from this site only. Each piece is optional: a missing
 * layer file is skipped, missing fonts fall back to the browser's own, a missing manifest leaves a
 * plain background. The GeoJSON is fetched here rather than by MapLibre so a missing file drops
 * its layer instead of raising map errors.
 */
export async function loadBasemapFiles(base = document.baseURI): Promise<BasemapFiles> {
  const at = (path: string) => new URL(path, base);
  const [manifest, attribution, faces] = await Promise.allSettled([
    json(at('data/basemap/manifest.json')), json(at('data/basemap/attribution.json')), json(at('fonts/font-faces.json')),
  ]);
  const entries = manifest.status === 'fulfilled' ? readManifest(manifest.value) : [];
  const files = new Map<string, Promise<unknown>>();
  const layers = await Promise.all(entries.map(async (entry): Promise<BasemapLayerInput | undefined> => {
    const role = roleOf(entry);
    if (!role) return undefined;
    if (!files.has(entry.file)) files.set(entry.file, json(at(`data/basemap/${entry.file}`)).catch(() => undefined));
    const data = (await files.get(entry.file)) as FeatureCollection | undefined;
    return data?.type === 'FeatureCollection' ? { id: entry.id, role, data } : undefined;
  }));
  return {
    layers: layers.filter((l): l is BasemapLayerInput => !!l),
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
    void files.then((f) => { if (!f.layers.length) loaded.delete(base); });
  }
  return files;
}
