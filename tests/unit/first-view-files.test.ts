import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadedBasemapFiles } from '../../scripts/vite-plugin-atlas-data';
import { atlasFonts, collectFonts, fontFacesVersion } from '../../scripts/vite-plugin-atlas-fonts';
import { firstViewBasemapFiles } from '../../src/map/first-view-files';

describe("what index.html preloads for the map's first frame", () => {
  it('names the manifest, the attribution and each national layer file once, never a region layer', () => {
    const manifest = {
      layers: [
        { id: 'countries', file: 'countries.geojson', kind: 'fill', scope: 'national' },
        { id: 'districts', file: 'districts.geojson', kind: 'fill', scope: 'region' },
        { id: 'landmark-lines', file: 'landmarks.geojson', kind: 'line', scope: 'national' },
        { id: 'landmarks', file: 'landmarks.geojson', kind: 'symbol', scope: 'national' },
        // basemap-load.ts skips what it cannot draw: preloading it would be a download nobody reads.
        { id: 'mystery', file: 'mystery.geojson', kind: 'heatmap', scope: 'national' },
        { id: 'bad', file: '../../etc/passwd', kind: 'fill' },
      ],
    };
    expect(firstViewBasemapFiles(manifest)).toEqual([
      'data/basemap/manifest.json',
      'data/basemap/attribution.json',
      'data/basemap/countries.geojson',
      'data/basemap/landmarks.geojson',
    ]);
  });

  it("reads the real manifest's national files, and nothing but the manifest's own pair without one", () => {
    expect(preloadedBasemapFiles(resolve('data'))).toEqual([
      'data/basemap/manifest.json',
      'data/basemap/attribution.json',
      'data/basemap/countries.geojson',
      'data/basemap/provinces.geojson',
      'data/basemap/country-borders.geojson',
      'data/basemap/landmarks.geojson',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'atlas-basemap-'));
    expect(preloadedBasemapFiles(dir)).toEqual([]);
    mkdirSync(join(dir, 'basemap'));
    writeFileSync(join(dir, 'basemap', 'manifest.json'), '{ not json');
    expect(preloadedBasemapFiles(dir)).toEqual([]);
  });

  it('versions font-faces.json by its text, so new fonts are a new URL and the same fonts keep theirs', () => {
    const faces = { 'Noto Sans Regular': [{ url: 'fonts/a.woff2', 'unicode-range': ['U+0-FF'] }] };
    expect(fontFacesVersion(faces)).toMatch(/^[0-9a-f]{16}$/);
    expect(fontFacesVersion(structuredClone(faces))).toBe(fontFacesVersion(faces));
    expect(fontFacesVersion({ ...faces, 'Noto Sans SC Regular': [] })).not.toBe(fontFacesVersion(faces));
  });

  it("has index.html preload font-faces.json at its version, beside the interface fonts' stylesheet", () => {
    const plugin = atlasFonts();
    (plugin.configResolved as (c: { base: string }) => void)({ base: './' });
    const tags = (plugin.transformIndexHtml as () => { tag: string; attrs: Record<string, string | boolean> }[])();
    const version = fontFacesVersion(collectFonts(resolve('.')).faces);
    expect(tags).toContainEqual(expect.objectContaining({ tag: 'meta', attrs: { name: 'atlas-fonts', content: version } }));
    expect(tags).toContainEqual(
      expect.objectContaining({
        tag: 'link',
        attrs: { rel: 'preload', href: `./fonts/font-faces.json?v=${version}`, as: 'fetch', crossorigin: true },
      }),
    );
    const sheets = tags.filter((t) => t.attrs.rel === 'stylesheet');
    expect(sheets.map((t) => t.attrs.href)).toEqual(['./fonts/interface.css']);
  });
});
