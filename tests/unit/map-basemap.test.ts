import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectFonts, parseFontFaceCss } from '../../scripts/vite-plugin-atlas-fonts';
import { resolveFontFaces } from '../../src/map/basemap-load';
import { readAttribution, readManifest, roleOf } from '../../src/map/basemap-manifest';

describe('basemap manifest', () => {
  it('reads the layers in order and gives each a role', () => {
    const entries = readManifest({
      layers: [
        { id: 'countries', file: 'countries.geojson', kind: 'fill' },
        { id: 'country-borders', file: 'country-borders.geojson', kind: 'line' },
        { id: 'landmark-lines', file: 'landmarks.geojson', kind: 'line' },
        { id: 'landmarks', file: 'landmarks.geojson', kind: 'symbol' },
        { id: 'place-labels', file: 'labels.geojson', kind: 'symbol' },
        'districts.geojson',
        { id: 'mystery', file: 'mystery.geojson', kind: 'fill' },
      ],
    });
    expect(entries.map((e) => [e.id, roleOf(e)])).toEqual([
      ['countries', 'land'],
      ['country-borders', 'border'],
      ['landmark-lines', 'rail'],
      ['landmarks', 'landmarks'],
      ['place-labels', 'places'],
      ['districts', 'admin3'],
      ['mystery', 'outline'],
    ]);
  });

  it('skips what it cannot use instead of failing', () => {
    expect(readManifest(null)).toEqual([]);
    expect(readManifest({ layers: [42, { id: 'x', file: '../../etc/passwd' }, { file: 'https://example.com/a.geojson' }] })).toEqual([]);
    expect(readAttribution({ text: 'GSHHG' })).toBe('GSHHG');
    expect(readAttribution({})).toBeUndefined();
  });
});

describe('fonts (scripts/vite-plugin-atlas-fonts.ts)', () => {
  it('reads src and unicode-range from @font-face rules', () => {
    const css = `@font-face { font-family: 'X'; src: url(./files/x-latin-400-normal.woff2) format('woff2'), url(./files/x.woff) format('woff'); unicode-range: U+0000-00FF,U+0131; }`;
    expect(parseFontFaceCss(css)).toEqual([{ file: './files/x-latin-400-normal.woff2', ranges: ['U+0000-00FF', 'U+0131'] }]);
  });

  it('publishes Latin from Noto Sans and the numbered CJK subsets from Noto Sans SC, every file on disk', () => {
    const { faces, files } = collectFonts('.');
    expect(faces['Noto Sans Regular']?.map((f) => f.url)).toEqual(
      expect.arrayContaining(['fonts/noto-sans-latin-400-normal.woff2', 'fonts/noto-sans-latin-ext-400-normal.woff2']),
    );
    expect(faces['Noto Sans Regular']).toHaveLength(2);
    const sc = faces['Noto Sans SC Regular'] ?? [];
    expect(sc.length).toBeGreaterThan(50);
    expect(sc.every((f) => /^fonts\/noto-sans-sc-\d+-400-normal\.woff2$/.test(f.url) && f['unicode-range'].length > 0)).toBe(true);
    // 长 (U+957F) must be covered by some subset, or Chinese labels fall back to local fonts.
    const covers = (range: string, cp: number) => {
      const [a, b = a] = range
        .replace('U+', '')
        .split('-')
        .map((h) => Number.parseInt(h, 16));
      return cp >= a! && cp <= b!;
    };
    expect(sc.some((f) => f['unicode-range'].some((r) => covers(r, 0x957f)))).toBe(true);
    for (const path of files.values()) expect(existsSync(path)).toBe(true);
  });

  it('resolves font URLs against the page, as MapLibre needs absolute ones', () => {
    const faces = resolveFontFaces(
      { 'Noto Sans Regular': [{ url: 'fonts/a.woff2', 'unicode-range': ['U+0-FF'] }] },
      'http://127.0.0.1:4173/atlas/?park=x',
    );
    expect(faces).toEqual({ 'Noto Sans Regular': [{ url: 'http://127.0.0.1:4173/atlas/fonts/a.woff2', 'unicode-range': ['U+0-FF'] }] });
    expect(resolveFontFaces('nonsense', 'http://x/')).toBeUndefined();
  });
});
