import type { Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { compareGeoJson } from '../../src/catalog/export';
import { bboxOf, circlePolygon, geometryAreaKm2, radiusForAreaM } from '../../src/catalog/geo';
import { parkBounds } from '../../src/catalog/park-index';
import type { FigureValue, Park } from '../../src/catalog/schema';
import { compareCaption, compareExtent } from '../../src/map/compare-captions';
import { buildAtlasData } from '../../src/map/layers/atlas-data';
import { atlasLayers } from '../../src/map/layers/atlas-style';
import { desiredStates } from '../../src/map/layers/feature-state';
import { circleArea, statedCircle } from '../../src/map/stated-circle';
import { park, sources } from '../fixtures/mini-catalog';

/** Great-circle distance in metres (haversine on the same sphere as geo.ts). */
function metres([lon1 = NaN, lat1 = NaN]: number[], [lon2 = NaN, lat2 = NaN]: number[]): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6_378_137 * Math.asin(Math.sqrt(a));
}

const area = (value: number, over: Partial<FigureValue> = {}): FigureValue => ({
  value,
  unit: 'km2',
  asOf: '2023',
  scope: 'test',
  sources: ['src-a'],
  ...over,
});

/** A park as most new ones are: a location with its uncertainty, stated areas, no outline, one zone known by its location. */
function unbounded(over: Partial<Park> = {}): Park {
  const base = park('bio-island', { name: { en: 'Bio Island', zh: '生物岛' }, boundary: undefined, projects: [] });
  const { boundary: _b, ...zone } = base.zones[0]!;
  return {
    ...base,
    location: { ...base.location, point: { type: 'Point', coordinates: [113.36, 23.08] }, uncertaintyM: 1200 },
    boundaryNote: 'Bounded by the Pearl River on every side.',
    area: { values: [area(1.83), area(4, { coverage: 'wider-area' }), area(120, { unit: 'ha', coverage: 'part' })] },
    zones: [{ ...zone, location: { ...base.location, point: { type: 'Point', coordinates: [113.37, 23.09] }, uncertaintyM: 400 } }],
    ...over,
  };
}

describe('circle polygon (a radius drawn on the ground)', () => {
  it('is a closed ring whose every vertex lies the radius away, enclosing π r²', () => {
    const ring = circlePolygon([125.4, 44], 2000).coordinates[0]!;
    expect(ring[0]).toEqual(ring.at(-1));
    for (const p of ring) expect(metres(p, [125.4, 44])).toBeCloseTo(2000, 3);
    expect(geometryAreaKm2(circlePolygon([125.4, 44], 2000))).toBeCloseTo(Math.PI * 4, 1);
  });

  it('has the radius of a stated area: sqrt(area / π)', () => {
    expect(radiusForAreaM(Math.PI)).toBeCloseTo(1000, 6);
    expect(geometryAreaKm2(circlePolygon([113, 23], radiusForAreaM(10), 128))).toBeCloseTo(10, 1);
  });
});

describe('a park or zone with no published boundary on the map', () => {
  const catalog = buildCatalog([unbounded()], sources.sources);
  const data = buildAtlasData(catalog);

  it('draws no outline, a point at the location, and the uncertainty ring of the park and of its zone', () => {
    expect(data.parks.features).toEqual([]);
    expect(data.zones.features).toEqual([]);
    const point = data.parkPoints.features[0]!;
    expect(point.properties).toMatchObject({ key: 'bio-island', drawn: false, noBoundary: true });
    const rings = new Map(data.uncertainty.features.map((f) => [f.properties?.key, f]));
    expect([...rings.keys()]).toEqual(['bio-island', 'bio-island/zone-a']);
    const parkRing = (rings.get('bio-island')!.geometry as Polygon).coordinates[0]!;
    for (const p of parkRing) expect(metres(p, [113.36, 23.08])).toBeCloseTo(1200, 3);
    expect(rings.get('bio-island/zone-a')!.properties).toMatchObject({ park: 'bio-island', zone: 'zone-a', radiusM: 400 });
    const label = data.zoneLabels.features[0]!;
    expect((label.geometry as Point).coordinates).toEqual([113.37, 23.09]);
    expect(label.properties).toMatchObject({ key: 'bio-island/zone-a', noBoundary: true });
  });

  it('draws a park with a boundary as before: no ring, even where its location has a radius', () => {
    const drawn = park('drawn-park', { location: { ...park().location, uncertaintyM: 900 } });
    expect(buildAtlasData(buildCatalog([drawn], sources.sources)).uncertainty.features).toEqual([]);
  });

  it('dots the ring: unlike a solid (drawn) or dashed (approximate) boundary, and selectable through feature-state', () => {
    const { geometry } = atlasLayers('en');
    const byId = new Map(geometry.map((l) => [l.id, l]));
    const ring = byId.get('atlas-uncertainty-ring') as { paint: Record<string, unknown>; layout: Record<string, unknown> };
    const dashed = (byId.get('atlas-park-outline-approx') as { paint: Record<string, unknown> }).paint['line-dasharray'];
    expect(ring.paint['line-dasharray']).toBeDefined();
    expect(ring.paint['line-dasharray']).not.toEqual(dashed);
    expect(ring.layout['line-cap']).toBe('round');
    expect(JSON.stringify(byId.get('atlas-uncertainty-fill'))).toContain('feature-state');
    expect(desiredStates({ park: 'bio-island' }, null).map((f) => f.source)).toContain('atlas-uncertainty');
    expect(desiredStates({ park: 'bio-island', zone: 'zone-a' }, null)).toContainEqual({
      source: 'atlas-uncertainty',
      id: 'bio-island/zone-a',
      flag: 'selected',
    });
  });

  it('fits the camera and the index extent to the ring, not to a bare point', () => {
    const [w, s, e, n] = parkBounds(unbounded());
    expect(metres([w, 23.08], [e, 23.08]) / 2).toBeGreaterThan(1150);
    expect(n - s).toBeGreaterThan(0.02);
    const noZones = unbounded({ zones: [] });
    expect(parkBounds(noZones)).toEqual(bboxOf(circlePolygon([113.36, 23.08], 1200)));
  });

  it('exports a zone known by its location as a point with its uncertainty', () => {
    const features = compareGeoJson([unbounded()], catalog).features;
    expect(features.find((f) => f.properties.kind === 'zone-location')).toMatchObject({
      geometry: { type: 'Point' },
      properties: { id: 'zone-a', uncertainty_m: 400 },
    });
    expect(features.some((f) => f.properties.kind === 'zone-boundary')).toBe(false);
  });
});

describe('a stated area drawn as a circle on the compare maps', () => {
  it('draws the largest area stated for the whole park, never a part’s or a wider area’s', () => {
    expect(circleArea(unbounded())?.km2).toBe(1.83);
    const hectares = unbounded({ area: { values: [area(250, { unit: 'ha' }), area(1.5)] } });
    expect(circleArea(hectares)?.km2).toBeCloseTo(2.5, 9);
    expect(circleArea(unbounded({ area: { values: [area(3, { coverage: 'part' })] } }))).toBeUndefined();
  });

  it('is a circle of that area at the park’s location, and the shared scale fits it', () => {
    const circle = statedCircle(unbounded())!;
    expect(circle.radiusM).toBeCloseTo(Math.sqrt(1.83e6 / Math.PI), 6);
    expect(geometryAreaKm2(circle.polygon)).toBeCloseTo(1.83, 2);
    const extent = compareExtent(unbounded());
    expect(extent.bounds).toEqual(bboxOf(circle.polygon));
    expect(extent.centre).toEqual([113.36, 23.08]);
  });

  it('is labelled as such, with the value drawn and the rule', () => {
    const caption = compareCaption(unbounded(), 'en');
    expect(caption.note).toBe('stated area drawn as a circle; boundary not published');
    expect(caption.circle).toBe('circle of 1.83 km²: the largest area stated for the whole park');
    expect(compareCaption(unbounded(), 'zh').note).toBe('公布面积以圆形表示；边界未公布');
  });

  it('is not drawn for a park that has an outline, nor for one with no whole-park area', () => {
    expect(statedCircle(park())).toBeUndefined();
    const none = unbounded({ area: undefined });
    expect(statedCircle(none)).toBeUndefined();
    expect(compareCaption(none, 'en').note).toBe('no boundary drawn: location only');
  });
});
