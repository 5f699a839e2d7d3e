import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { buildCatalog } from '../../src/catalog/catalog';
import { geometryAreaKm2 } from '../../src/catalog/geo';
import { validateCatalog } from '../../src/catalog/validate';
import { buildAtlasData, onlyPark } from '../../src/map/layers/atlas-data';
import type { Bounds } from '../../src/catalog/park-index';
import { captionLine, compareCaption, compareExtent } from '../../src/map/compare-captions';
import {
  boundsCentre,
  boxPixels,
  cameraFor,
  centreFor,
  computeSharedZoom,
  fitZoom,
  fromMercator,
  MAX_SHARED_ZOOM,
  panOffset,
  groundZoomAt,
  mapZoomAt,
  POINT_SHARED_ZOOM,
  toMercator,
  viewOf,
  type LngLat,
} from '../../src/map/shared-scale';
import { fitSharedView, moveSharedView, resetSharedView, useSharedView } from '../../src/map/shared-view';

const files = readCatalogFiles(resolve('data'));
const validated = validateCatalog(files.sources, files.parks);
const catalog = buildCatalog(validated.parks, validated.sources, validated.problems);
const park = (id: string) => catalog.parkById.get(id)!;

const MAP = { width: 600, height: 340 };
const latOf = (b: Bounds) => boundsCentre(b)[1];
/** What a box measures on screen at the shared ground zoom: each map zooms for its own latitude. */
const shown = (b: Bounds, groundZoom: number) => boxPixels(b, mapZoomAt(groundZoom, latOf(b)));
const close = (a: readonly number[], b: readonly number[], digits = 9) => b.forEach((v, i) => expect(a[i]).toBeCloseTo(v, digits));

describe('Web Mercator', () => {
  it('round-trips and puts (0, 0) in the middle of the unit square', () => {
    close(toMercator([0, 0]), [0.5, 0.5]);
    for (const p of [
      [125.3, 43.9],
      [120.4, 30.3],
      [-70, -33],
    ] as LngLat[])
      close(fromMercator(toMercator(p)), p);
  });

  it('centres a box in Mercator, which is north of the mean latitude', () => {
    const [lon, lat] = boundsCentre([120, 30, 122, 40]);
    expect(lon).toBeCloseTo(121, 9);
    expect(lat).toBeGreaterThan(35);
  });
});

describe('computeSharedZoom', () => {
  // A box 0.1° wide (and less tall) at the equator is 512 · 2^z · 0.1/360 px wide at zoom z.
  const box: Bounds = [0, -0.02, 0.1, 0.02];

  it('fits one box exactly: its wider side fills the map inside the padding', () => {
    const z = computeSharedZoom([box], { width: 400, height: 400 }, 0);
    expect(512 * 2 ** z * (0.1 / 360)).toBeCloseTo(400, 6);
    const padded = computeSharedZoom([box], { width: 400, height: 400 }, 50);
    expect(512 * 2 ** padded * (0.1 / 360)).toBeCloseTo(300, 6);
    // Asymmetric padding: only the inner size counts.
    expect(computeSharedZoom([box], { width: 400, height: 400 }, { top: 0, bottom: 100, left: 60, right: 40 })).toBeCloseTo(padded, 9);
  });

  it('is the zoom of the largest box, whichever order the boxes come in', () => {
    const small: Bounds = [10, 10, 10.01, 10.01];
    const big: Bounds = [20, 20, 20.5, 20.2];
    const z = computeSharedZoom([small, big], MAP, 20);
    expect(z).toBe(computeSharedZoom([big, small], MAP, 20));
    expect(z).toBeCloseTo(groundZoomAt(fitZoom(big, MAP, 20), latOf(big)), 12);
    expect(z).toBeLessThan(groundZoomAt(fitZoom(small, MAP, 20), latOf(small)));
    // Both fit at that scale (the binding side of the big one exactly).
    for (const b of [small, big]) {
      const px = shown(b, z);
      expect(px.width).toBeLessThanOrEqual(MAP.width - 40 + 1e-6);
      expect(px.height).toBeLessThanOrEqual(MAP.height - 40 + 1e-6);
    }
  });

  it('takes the narrow side of the map: a tall box in a wide map is fitted by height', () => {
    const tall: Bounds = [0, 0, 0.01, 0.1];
    const z = computeSharedZoom([tall], MAP, 0);
    expect(shown(tall, z).height).toBeCloseTo(MAP.height, 6);
    expect(shown(tall, z).width).toBeLessThan(MAP.width);
  });

  it('ignores parks known only as a point, and falls back to a neighbourhood zoom when all are points', () => {
    const point: Bounds = [121.6, 31.2, 121.6, 31.2];
    expect(computeSharedZoom([point, box], MAP, 10)).toBe(computeSharedZoom([box], MAP, 10));
    expect(computeSharedZoom([point], MAP, 10)).toBe(POINT_SHARED_ZOOM);
    expect(computeSharedZoom([], MAP, 10)).toBe(POINT_SHARED_ZOOM);
  });

  it('never fits closer than the atlas does, and copes with a map smaller than its padding', () => {
    expect(computeSharedZoom([[0, 0, 1e-6, 1e-6]], MAP, 0)).toBe(MAX_SHARED_ZOOM);
    expect(Number.isFinite(computeSharedZoom([box], { width: 10, height: 10 }, 40))).toBe(true);
  });

  it('Qiantang New Area (531.7 km²) with Hangzhou Biopharma Town (3.4 km²): fitted to Qiantang, the town looks tiny', () => {
    const q = compareExtent(park('qiantang-new-area')).bounds;
    const t = compareExtent(park('hangzhou-biopharma-town')).bounds;
    const z = computeSharedZoom([q, t], MAP, 30);
    expect(z).toBeCloseTo(groundZoomAt(fitZoom(q, MAP, 30), latOf(q)), 12);
    const [qp, tp] = [shown(q, z), shown(t, z)];
    expect(Math.max(qp.width / (MAP.width - 60), qp.height / (MAP.height - 60))).toBeCloseTo(1, 9);
    expect(tp.width * tp.height).toBeLessThan((qp.width * qp.height) / 20);
  });

  it('Changchun Pharmaceutical Valley (18.4 km²) with the town: the valley fills its map, the town is a fraction of it', () => {
    const v = compareExtent(park('changchun-pharma-valley')).bounds;
    const t = compareExtent(park('hangzhou-biopharma-town')).bounds;
    const z = computeSharedZoom([v, t], MAP, 30);
    expect(z).toBeCloseTo(groundZoomAt(fitZoom(v, MAP, 30), latOf(v)), 12);
    expect(mapZoomAt(z, latOf(v))).toBeGreaterThan(10);
    expect(mapZoomAt(z, latOf(v))).toBeLessThan(13);
    // The drawn boundaries are sized to the stated areas, which is what the maps let a reader compare.
    const drawn = (id: string) => geometryAreaKm2(park(id).boundary!.geometry);
    expect(drawn('changchun-pharma-valley') / drawn('hangzhou-biopharma-town')).toBeGreaterThan(3);
  });
});

describe('pan sync: one offset from each park’s centre', () => {
  const valley: LngLat = [125.45, 43.86];
  const town: LngLat = [120.4, 30.31];

  it('a map on its park has no offset; the offset carries to another park as the same Mercator (pixel) shift', () => {
    close(panOffset(valley, valley), [0, 0]);
    const moved: LngLat = [125.47, 43.85];
    const offset = panOffset(valley, moved);
    const follower = centreFor(town, offset);
    close(panOffset(town, follower), offset, 12);
    // Same shift in pixels at any shared zoom: both centres move by offset · 512 · 2^z.
    const [ax, ay] = toMercator(follower);
    const [bx, by] = toMercator(town);
    close([ax - bx, ay - by], offset, 12);
  });

  it('viewOf and cameraFor are inverse: the leader’s own camera comes back, others get theirs', () => {
    const view = viewOf(valley, [125.5, 43.9], 11.25);
    const back = cameraFor(valley, view);
    close(back.center, [125.5, 43.9], 9);
    expect(back.zoom).toBeCloseTo(11.25, 12);
    const other = cameraFor(town, view);
    const cos = (lat: number) => Math.cos((lat * Math.PI) / 180);
    // Same metres per pixel: the town's map zooms out by the latitude stretch between the two.
    expect(other.zoom).toBeCloseTo(11.25 + Math.log2(cos(town[1]) / cos(valley[1])), 12);
    // Same shift east on the ground: degrees of longitude times cos(latitude).
    expect((other.center[0] - town[0]) * cos(town[1])).toBeCloseTo(0.05 * cos(valley[1]), 9);
    expect(other.center[1]).toBeGreaterThan(town[1]);
  });

  it('a ground zoom is the same metres per pixel at any latitude', () => {
    const metresPerPixel = (zoom: number, lat: number) => (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
    for (const lat of [0, 30.3, 43.9, 60]) expect(metresPerPixel(mapZoomAt(12, lat), lat)).toBeCloseTo(metresPerPixel(12, 0), 6);
    expect(groundZoomAt(mapZoomAt(11.3, 43.9), 43.9)).toBeCloseTo(11.3, 12);
  });

  it('keeps a follower inside the world when the leader pans far', () => {
    const c = centreFor([0, 80], [0, -0.5]);
    expect(c[1]).toBeLessThanOrEqual(85.06);
  });
});

describe('the shared view store', () => {
  it('fits, follows a leader, keeps the reader’s view across a resize, and resets', () => {
    useSharedView.setState({ key: '', leader: null, moved: false });
    fitSharedView('a,b@600x340', 11);
    expect(useSharedView.getState()).toMatchObject({ view: { zoom: 11, offset: [0, 0] }, leader: null, moved: false });
    moveSharedView('a', { zoom: 12, offset: [1e-4, 0] });
    expect(useSharedView.getState()).toMatchObject({ view: { zoom: 12 }, leader: 'a', moved: true });
    fitSharedView('a,b@500x340', 10.7); // same parks, new size: the reader's view stays
    expect(useSharedView.getState()).toMatchObject({ view: { zoom: 12 }, fitted: { zoom: 10.7 }, moved: true });
    resetSharedView();
    expect(useSharedView.getState()).toMatchObject({ view: { zoom: 10.7, offset: [0, 0] }, leader: null, moved: false });
    moveSharedView('b', { zoom: 13, offset: [0, 0] });
    fitSharedView('a,c@500x340', 9); // other parks: fitted afresh
    expect(useSharedView.getState()).toMatchObject({ view: { zoom: 9 }, leader: null, moved: false });
  });
});

describe('captions and extents', () => {
  it('names the park and its first stated area, lists the other values, and flags approximate boundaries', () => {
    const valley = compareCaption(park('changchun-pharma-valley'), 'en');
    expect(captionLine(valley)).toBe('Changchun Pharmaceutical Valley · 18.4 km²');
    expect(valley.also).toBeUndefined();
    expect(valley.note).toBe('approximate boundary');
    const town = compareCaption(park('hangzhou-biopharma-town'), 'en');
    expect(captionLine(town)).toBe('Hangzhou Biopharma Town · 3.4 km²');
    expect(town.also).toBeUndefined();
    expect(compareCaption(park('changchun-new-area'), 'en').also).toBe('also stated: about 710 km²');
    expect(captionLine(compareCaption(park('changchun-pharma-valley'), 'zh'))).toBe('长春药谷 · 18.4平方公里');
  });

  it('a park without a boundary or stated area is a point: centred on its location, "location only"', () => {
    // Jiangbei New Area: no published outline and no stated area.
    const point = park('jiangbei-new-area');
    expect(point.boundary).toBeUndefined();
    expect(point.area).toBeUndefined();
    const { bounds, centre } = compareExtent(point);
    expect(bounds[0]).toBe(bounds[2]); // a point: it does not set the shared scale
    close(centre, point.location.point.coordinates);
    const caption = compareCaption(point, 'en');
    expect(caption.note).toBe('no boundary drawn: location only');
    expect(caption.area).toBe('area not stated');
    // A park with a stated area but no outline is drawn as a circle of that area, and says so.
    const sip = compareCaption(park('suzhou-industrial-park'), 'en');
    expect(sip.note).toBe('stated area drawn as a circle; boundary not published');
    expect(sip.circle).toMatch(/^circle of .+ km²: the largest area stated for the whole park$/);
    expect(captionLine(sip)).toBe('Suzhou Industrial Park · 278 km²');
  });

  it('a drawn park is centred on its boundary and zones', () => {
    const valley = park('changchun-pharma-valley');
    const { bounds, centre } = compareExtent(valley);
    expect(bounds[2] - bounds[0]).toBeGreaterThan(0.01);
    close(centre, boundsCentre(bounds));
  });
});

describe('one park per map', () => {
  it('keeps only the park’s own features, no projects, and draws it at full weight when its nested parks are not drawn', () => {
    const all = buildAtlasData(catalog);
    const q = onlyPark(all, 'qiantang-new-area');
    expect(q.parks.features.map((f) => f.properties?.key)).toEqual(['qiantang-new-area']);
    expect(all.parks.features.find((f) => f.properties?.key === 'qiantang-new-area')?.properties?.container).toBe(true);
    expect(q.parks.features[0]?.properties?.container).toBe(false);
    expect(q.parkPoints.features.map((f) => f.properties?.key)).toEqual(['qiantang-new-area']);
    expect(q.zones.features).toEqual([]);
    const v = onlyPark(all, 'changchun-pharma-valley');
    expect(v.zones.features.map((f) => f.properties?.zone)).toEqual(park('changchun-pharma-valley').zones.map((z) => z.id));
    expect(v.zoneLabels.features).toHaveLength(v.zones.features.length);
    expect(v.parks.features[0]?.properties?.container).toBe(true); // its zones are drawn with it
    expect(v.projects.features).toEqual([]);
  });
});
