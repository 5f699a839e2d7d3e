import { readManifest, roleOf } from './basemap-manifest';

/**
 * What the offline basemap's first view fetches (basemap-load.ts), page-relative: the manifest,
 * the attribution and the national layers' files (region detail comes later, as the view reaches
 * it). index.html preloads these (scripts/vite-plugin-atlas-data.ts) so they download alongside the
 * app's script instead of after it has run: without them the map's first frame (and the phone's
 * largest paint, its attribution) waited for the whole bundle to load and run first.
 */
export function firstViewBasemapFiles(manifest: unknown): string[] {
  const national = readManifest(manifest).filter((entry) => entry.scope === 'national' && roleOf(entry));
  return ['data/basemap/manifest.json', 'data/basemap/attribution.json', ...new Set(national.map((entry) => `data/basemap/${entry.file}`))];
}

/** The <meta> naming fonts/font-faces.json's version (a hash of its text), its `?v=` as data/'s is the catalog's. */
export const FONT_FACES_META = 'atlas-fonts';
