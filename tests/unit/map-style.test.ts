import { existsSync, readFileSync } from 'node:fs';
import { validateStyleMin, type LayerSpecification, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { collectFonts } from '../../scripts/vite-plugin-atlas-fonts';
import { buildCatalog } from '../../src/catalog/catalog';
import { validateCatalog } from '../../src/catalog/validate';
import { readManifest, roleOf } from '../../src/map/basemap-manifest';
import { readRegions, regionLayers, type RegionData } from '../../src/map/basemap-regions';
import { basemapStyle, type BasemapLayerInput } from '../../src/map/basemap-style';
import { buildAtlasData } from '../../src/map/layers/atlas-data';
import { withAtlas } from '../../src/map/layers/atlas-style';
import { FONT_STACK } from '../../src/map/layers/expressions';
import { layerOps } from '../../src/map/layers/style-ops';

/**
 * The committed basemap as the app loads it: manifest order, files that are missing skipped, and
 * every region's detail merged in (as when the reader has visited each region).
 */
function basemapLayersFromDisk(): BasemapLayerInput[] {
  const manifest = JSON.parse(readFileSync('data/basemap/manifest.json', 'utf8')) as unknown;
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  const regions: RegionData[] = readRegions(manifest).map((r) => ({
    id: r.id,
    files: new Map(r.files.map((f) => [f, read(`data/basemap/regions/${r.id}/${f}`)])),
  }));
  return readManifest(manifest).flatMap((entry) => {
    const role = roleOf(entry);
    if (!role) return [];
    if (entry.scope === 'region') return regionLayers([{ id: entry.id, file: entry.file, role }], regions);
    if (!existsSync(`data/basemap/${entry.file}`)) return [];
    return [{ id: entry.id, role, data: read(`data/basemap/${entry.file}`) }];
  });
}

/** The curated catalog, validated as the app validates it. */
function realCatalog() {
  const files = readCatalogFiles('data');
  const result = validateCatalog(files.sources, files.parks);
  return buildCatalog(result.parks, result.sources, result.problems);
}

const fonts = collectFonts('.').faces;
const full = (lang: 'en' | 'zh' = 'en'): StyleSpecification =>
  withAtlas(basemapStyle({ layers: basemapLayersFromDisk(), fontFaces: fonts, lang }), buildAtlasData(realCatalog()), lang, fonts);

describe('offline basemap + atlas style', () => {
  it('passes validateStyleMin in both languages', () => {
    expect(validateStyleMin(full('en'))).toEqual([]);
    expect(validateStyleMin(full('zh'))).toEqual([]);
  });

  it('needs no network: no glyphs, no sprite, every source inline GeoJSON', () => {
    const style = full();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
    expect(JSON.stringify(style.layers)).not.toMatch(/https?:/);
  });

  it('declares every text-font it uses in font-faces', () => {
    const style = full();
    const used = new Set(style.layers.flatMap((l) => (l as { layout?: { 'text-font'?: string[] } }).layout?.['text-font'] ?? []));
    expect([...used].sort()).toEqual([...FONT_STACK].sort());
    for (const name of used) expect(style['font-faces']?.[name]?.length).toBeGreaterThan(0);
  });

  it('draws the basemap layers the manifest lists, when their files exist', () => {
    const ids = full().layers.map((l) => l.id);
    if (existsSync('data/basemap/regions/east/districts.geojson')) expect(ids).toContain('basemap-districts');
    if (existsSync('data/basemap/landmarks.geojson')) expect(ids.some((id) => id.startsWith('basemap-landmarks'))).toBe(true);
  });

  it('puts atlas geometry under the basemap labels and atlas labels on top', () => {
    const layers = full().layers;
    const index = (id: string) => layers.findIndex((l) => l.id === id);
    const firstSymbol = layers.findIndex((l) => l.type === 'symbol');
    expect(index('atlas-park-fill')).toBeLessThan(index('atlas-zone-fill'));
    expect(index('atlas-zone-highlight')).toBeLessThan(firstSymbol);
    expect(layers.at(-1)?.id.startsWith('atlas-')).toBe(true);
  });

  it('without a manifest still gives a valid, empty basemap', () => {
    expect(validateStyleMin(basemapStyle({ layers: [], lang: 'en' }))).toEqual([]);
  });

  it('switches language by rewriting label layouts in place, nothing else', () => {
    const ops = layerOps(full('en').layers as LayerSpecification[], full('zh').layers as LayerSpecification[]);
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.every((op) => op.op === 'layout' && op.name === 'text-field')).toBe(true);
  });
});
