import { readFileSync, statSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bioIslandChannels, cutAtBioIsland, onBioIsland } from '../../scripts/basemap/bio-island';
import { agreesWithFileName, englishName, joinSyllables } from '../../scripts/basemap/english-names';
import { pointInPolygon } from '../../scripts/basemap/geometry';
import { REGIONS, regionsTouching, type Region } from '../../scripts/basemap/regions';
import { readManifest } from '../../src/map/basemap-manifest';
import { CITY_VIEWS } from '../fixtures/basemap-cities';
import { readRegions, regionLayers, regionsInView, type BasemapRegion, type RegionData } from '../../src/map/basemap-regions';

const fc = (...features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
const pt = (props: Record<string, unknown>, x = 0, y = 0): FeatureCollection['features'][number] => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Point', coordinates: [x, y] },
});

describe('loading basemap regions by need (src/map/basemap-regions.ts)', () => {
  const regions: BasemapRegion[] = [
    { id: 'changchun', bbox: [124.8, 43.5, 126.2, 44.4], minzoom: 7, files: ['districts.geojson'] },
    { id: 'east', bbox: [119.8, 29.9, 122.05, 31.55], minzoom: 7, files: ['districts.geojson', 'sea.geojson'] },
  ];

  it('reads the manifest regions and drops entries it cannot trust', () => {
    expect(
      readRegions({
        regions: [
          {
            id: 'east',
            bbox: [119.8, 29.9, 122.05, 31.55],
            minzoom: 7,
            files: { 'districts.geojson': 10, '../x.geojson': 1, 'a.json': 2 },
          },
          { id: '../etc', bbox: [0, 0, 1, 1], files: {} },
          { id: 'flat', bbox: [1, 1, 1, 2], files: {} },
          { id: 'short', bbox: [1, 2, 3], files: {} },
        ],
      }),
    ).toEqual([{ id: 'east', bbox: [119.8, 29.9, 122.05, 31.55], minzoom: 7, files: ['districts.geojson'] }]);
    expect(readRegions(null)).toEqual([]);
    expect(readRegions({ regions: 'x' })).toEqual([]);
  });

  it('fetches nothing at the national view, and only the regions a zoomed-in view overlaps', () => {
    expect(regionsInView(regions, { bounds: [73, 18, 135, 54], zoom: 4 })).toEqual([]);
    expect(regionsInView(regions, { bounds: [73, 18, 135, 54], zoom: 6.9 })).toEqual([]);
    expect(regionsInView(regions, { bounds: [125, 43.6, 125.6, 44], zoom: 10 })).toEqual(['changchun']);
    expect(regionsInView(regions, { bounds: [121.4, 31, 121.8, 31.4], zoom: 12 })).toEqual(['east']);
    // Touching the box edge counts; a view beside it does not.
    expect(regionsInView(regions, { bounds: [122.05, 31, 123, 31.4], zoom: 9 })).toEqual(['east']);
    expect(regionsInView(regions, { bounds: [113, 22.5, 114.5, 23.5], zoom: 9 })).toEqual([]);
    expect(regionsInView(regions, { bounds: [115, 28, 130, 46], zoom: 7 })).toEqual(['changchun', 'east']);
  });

  it.each(CITY_VIEWS)('the $city view ($map) loads the $region region of the real manifest', ({ region, map }) => {
    const regions = readRegions(JSON.parse(readFileSync('data/basemap/manifest.json', 'utf8')));
    const [zoom = 0, lat = 0, lon = 0] = map.split('/').map(Number);
    expect(regionsInView(regions, { bounds: [lon - 0.05, lat - 0.05, lon + 0.05, lat + 0.05], zoom })).toEqual([region]);
  });

  it('merges loaded regions per layer in manifest order, each district once, keeping the role', () => {
    const a: RegionData = { id: 'a', files: new Map([['districts.geojson', fc(pt({ adcode: '1', name_zh: 'A' }), pt({ adcode: '2' }))]]) };
    const b: RegionData = {
      id: 'b',
      files: new Map([
        ['districts.geojson', fc(pt({ adcode: '2' }), pt({ adcode: '3' }))],
        [
          'labels.geojson',
          fc(pt({ adcode: '2', level: 'district' }), pt({ adcode: '2', level: 'city' }), pt({ name: 'no code' }), pt({ name: 'no code' })),
        ],
      ]),
    };
    const [districts, labels] = regionLayers(
      [
        { id: 'districts', file: 'districts.geojson', role: 'admin3' },
        { id: 'place-labels', file: 'labels.geojson', role: 'places' },
      ],
      [a, b],
    );
    expect(districts!.role).toBe('admin3');
    expect((districts!.data as FeatureCollection).features.map((f) => f.properties?.adcode)).toEqual(['1', '2', '3']);
    // A city and a district label may share a code; features without a code are never merged away.
    expect((labels!.data as FeatureCollection).features).toHaveLength(4);
    expect(regionLayers([{ id: 'sea', file: 'sea.geojson', role: 'water' }], [])).toEqual([{ id: 'sea', role: 'water', data: fc() }]);
  });

  it('tells region layers from national ones in the manifest', () => {
    const entries = readManifest({
      layers: [
        { id: 'countries', file: 'countries.geojson', kind: 'fill', scope: 'national' },
        { id: 'districts', file: 'districts.geojson', kind: 'fill', scope: 'region' },
        { id: 'old', file: 'old.geojson', kind: 'fill' },
      ],
    });
    expect(entries.map((e) => [e.id, e.scope])).toEqual([
      ['countries', 'national'],
      ['districts', 'region'],
      ['old', 'national'],
    ]);
  });
});

describe('basemap build helpers (scripts/basemap)', () => {
  const box: Region = { id: 'box', label: 'box', bbox: [10, 10, 11, 11], minzoom: 7 };
  const square = (x0: number, y0: number, x1: number, y1: number) =>
    [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ] as [number, number][][];

  it('selects a district when a vertex lies in the region or the region lies inside it', () => {
    expect(regionsTouching([square(10.5, 10.5, 12, 12)], [box])).toEqual([box]);
    expect(regionsTouching([square(9, 9, 12, 12)], [box])).toEqual([box]);
    expect(regionsTouching([square(12, 12, 13, 13)], [box])).toEqual([]);
    // Two far islands whose joint extent covers the box are not "in" it.
    expect(regionsTouching([square(8, 8, 9, 9), square(12, 12, 13, 13)], [box])).toEqual([]);
  });

  it('has a region holding every new park city', () => {
    const parks: [string, [number, number]][] = [
      ['tonghua', [125.94, 41.73]],
      ['beijing', [116.28, 40.09]],
      ['beijing', [116.32, 39.68]],
      ['nanjing-taizhou', [118.7, 32.19]],
      ['nanjing-taizhou', [119.93, 32.41]],
      ['wuhan', [114.5, 30.48]],
      ['pearl-river', [113.36944, 23.06833]],
      ['pearl-river', [114.37, 22.71]],
      ['chengdu', [103.98, 30.4]],
      ['east', [121.595, 31.2]],
      ['east', [120.73, 31.27]],
    ];
    for (const [id, [x, y]] of parks) {
      const [w, s, e, n] = REGIONS.find((r) => r.id === id)!.bbox;
      expect(x > w && x < e && y > s && y < n, `${id} holds ${x}, ${y}`).toBe(true);
    }
  });

  it('writes English names from pinyin syllables the way place names are romanised', () => {
    const table: Record<string, string> = {
      双: 'shuang',
      流: 'liu',
      集: 'ji',
      安: 'an',
      通: 'tong',
      化: 'hua',
      花: 'hua',
      都: 'dou',
      伊: 'yi',
      满: 'man',
      族: 'zu',
      城: 'cheng',
      和: 'he',
      六: 'liu',
      合: 'he',
      县: 'xian',
      区: 'qu',
    };
    const syllables = (zh: string) => [...zh].map((c) => table[c] ?? '?');
    expect(englishName('双流区', syllables)).toBe('Shuangliu District');
    expect(englishName('集安市', syllables)).toBe("Ji'an");
    expect(englishName('通化县', syllables)).toBe('Tonghua County');
    expect(englishName('花都区', syllables)).toBe('Huadu District');
    expect(englishName('六合区', syllables)).toBe('Luhe District');
    expect(englishName('伊通满族自治县', syllables)).toBe('Yitong Manchu Autonomous County');
    // A one-character stem keeps its suffix in the name; an unknown character gives no name at all.
    expect(englishName('和县', syllables)).toBe('Hexian');
    expect(englishName('城区', syllables)).toBe('Chengqu');
    expect(englishName('龘区', syllables)).toBeUndefined();
    expect(englishName('香港', syllables)).toBe('Hong Kong');
    expect(joinSyllables(['xi', 'an'])).toBe("Xi'an");
    expect(agreesWithFileName('Nanjing', 'jiang1_su1_nan2_jing1')).toBe(true);
    expect(agreesWithFileName('Taizhou', 'jiang1_su1_nan2_jing1')).toBe(false);
  });

  it('rings Bio Island with water and cuts the river line that crosses it', () => {
    const centre: [number, number] = [113.36944, 23.06833];
    expect(onBioIsland(centre)).toBe(true);
    expect(onBioIsland([113.4, 23.07])).toBe(false);
    const across = cutAtBioIsland([
      [113.33, 23.068],
      [113.41, 23.068],
    ]);
    expect(across).toHaveLength(2);
    expect(across.flat().every((p) => !onBioIsland(p))).toBe(true);
    expect(across[0]![0]).toEqual([113.33, 23.068]);
    expect(across[1]!.at(-1)).toEqual([113.41, 23.068]);
    expect(
      cutAtBioIsland([
        [113.3, 23.0],
        [113.31, 23.0],
      ]),
    ).toEqual([
      [
        [113.3, 23.0],
        [113.31, 23.0],
      ],
    ]);
    const [ring] = bioIslandChannels();
    expect(ring!.properties.approximate).toBe(true);
    // The channel runs outside the island's stated 2.8 × 0.9 km (G16), round its centre (G7).
    const km = ([x, y]: [number, number]) => [(x - centre[0]) * 111.32 * Math.cos((centre[1] * Math.PI) / 180), (y - centre[1]) * 111.32];
    expect(
      ring!.geometry.coordinates.every((p) => {
        const [dx, dy] = km(p);
        return (dx! / 1.4) ** 2 + (dy! / 0.45) ** 2 > 1;
      }),
    ).toBe(true);
    expect(pointInPolygon(centre, [ring!.geometry.coordinates])).toBe(true);
  });
});

describe('committed basemap (data/basemap)', () => {
  const manifest = JSON.parse(readFileSync('data/basemap/manifest.json', 'utf8')) as unknown;
  const national = readManifest(manifest).filter((e) => e.scope === 'national');

  it('keeps the first view small: national files only, under 400 KB', () => {
    const files = [...new Set(national.map((e) => e.file))];
    expect(files.sort()).toEqual(['countries.geojson', 'country-borders.geojson', 'landmarks.geojson', 'provinces.geojson']);
    const bytes = files.reduce((sum, f) => sum + statSync(`data/basemap/${f}`).size, 0);
    expect(bytes).toBeLessThan(400_000);
  });

  it('gives every district and city label both names, and each region its districts', () => {
    const regions = readRegions(manifest);
    expect(regions.map((r) => r.id)).toEqual(REGIONS.map((r) => r.id));
    for (const r of regions) {
      expect(r.files).toContain('districts.geojson');
      const labels = JSON.parse(readFileSync(`data/basemap/regions/${r.id}/labels.geojson`, 'utf8')) as FeatureCollection;
      const unnamed = labels.features.filter((f) => !f.properties?.name_zh || !f.properties?.name_en);
      expect(
        unnamed.map((f) => f.properties?.name_zh),
        r.id,
      ).toEqual([]);
    }
  });
});
