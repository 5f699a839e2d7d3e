/**
 * The online street basemap a reader may pick in the map (never the default): OpenFreeMap's
 * OpenStreetMap vector style, free and keyless, with style, tiles, glyphs and sprites on one
 * origin, so the Content-Security-Policy names one origin more and nothing else
 * (scripts/vite-plugin-csp.ts reads the same setting).
 */
export const STREET_STYLE_DEFAULT = 'https://tiles.openfreemap.org/styles/liberty';

/** `VITE_BASEMAP_STYLE_URL` picks another style; `none` builds an atlas without the choice. */
export function streetStyleUrl(setting: string | undefined): string | undefined {
  if (setting === 'none') return undefined;
  return setting || STREET_STYLE_DEFAULT;
}
