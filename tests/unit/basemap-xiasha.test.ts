import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../scripts/basemap/geometry';
import { buildXiasha } from '../../scripts/basemap/xiasha';
import { readManifest, roleOf } from '../../src/map/basemap-manifest';
import { basemapStyle } from '../../src/map/basemap-style';

const json = (file: string) => JSON.parse(readFileSync(`data/basemap/${file}`, 'utf8'));
const east = (file: string) => json(`regions/east/${file}`);
const districts = east('districts.geojson').features;
// South Wenhai Road station (Lines 1/8), on land in Xiasha: GSHHG's old shoreline puts it in the water.
const station: [number, number] = [120.37139, 30.31306];

describe('Xiasha: land the old shoreline data draws as water', () => {
  const { land, course } = buildXiasha(districts);

  it('covers Xiasha with land from the district polygon, and the station is on it', () => {
    const sea = east('sea.geojson').features[0].geometry;
    const seaPolygons: [number, number][][][] = sea.type === 'Polygon' ? [sea.coordinates] : sea.coordinates;
    expect(seaPolygons.some((polygon) => pointInPolygon(station, polygon))).toBe(true);
    expect(land.some((f) => pointInPolygon(station, (f.geometry as { coordinates: [number, number][][] }).coordinates))).toBe(true);
  });

  it('traces the river course along the Jianggan–Xiaoshan border, marked approximate', () => {
    expect(course).toHaveLength(1);
    expect(course[0]!.properties).toMatchObject({ approximate: true, name_en: 'Qiantang River' });
    const line = (course[0]!.geometry as { coordinates: [number, number][] }).coordinates;
    expect(line.length).toBeGreaterThan(10);
    expect(line.every(([x, y]) => x > 120.1 && x < 120.5 && y > 30.15 && y < 30.4)).toBe(true);
  });

  it('is what the committed files hold, drawn over the sea and the old coastline', () => {
    expect(east('reclaimed.geojson').features).toEqual(JSON.parse(JSON.stringify(land)));
    const entries = readManifest(json('manifest.json'));
    const layers = entries.flatMap((e) => (roleOf(e) ? [{ id: e.id, role: roleOf(e)!, data: 'http://localhost/x.geojson' }] : []));
    const ids = basemapStyle({ layers, lang: 'en' }).layers.map((l) => l.id);
    expect(ids.indexOf('basemap-reclaimed-land')).toBeGreaterThan(ids.indexOf('basemap-sea'));
    expect(ids.indexOf('basemap-reclaimed-land')).toBeGreaterThan(ids.indexOf('basemap-coastline'));
    expect(ids.indexOf('basemap-river-course')).toBeGreaterThan(ids.indexOf('basemap-reclaimed-land'));
  });
});
