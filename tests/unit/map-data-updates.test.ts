import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { buildAtlasData } from '../../src/map/layers/atlas-data';
import { featureDiff } from '../../src/map/layers/feature-diff';
import { park } from '../fixtures/mini-catalog';

const cite = { sources: ['s'], printed: [] };
const step = (status: 'announced' | 'signed' | 'operating', date: string) => ({ status, date, ...cite });
const base = park('p').projects[0]!;
const fixture = park('p', {
  projects: [
    { ...base, id: 'a', statusHistory: [step('announced', '2018'), step('operating', '2022')] },
    { ...base, id: 'b', statusHistory: [step('signed', '2021')] },
    { ...base, id: 'c', statusHistory: [step('announced', '2015')] },
  ],
});
const catalog = buildCatalog([fixture], []);

describe('a move of the timeline changes the projects only (the map sends no area data again)', () => {
  it('keeps every other collection, and each unchanged project feature, the same object', () => {
    const y2019 = buildAtlasData(catalog, { asOf: '2019' });
    const y2021 = buildAtlasData(catalog, { asOf: '2021' });
    for (const name of ['parks', 'zones', 'parkPoints', 'zoneLabels', 'uncertainty', 'cities'] as const)
      expect(y2021[name]).toBe(y2019[name]);
    expect(y2021.projects).not.toBe(y2019.projects);
    const byKey = (fc: FeatureCollection) => new Map(fc.features.map((f) => [f.properties!.key, f]));
    expect(byKey(y2021.projects).get('c')).toBe(byKey(y2019.projects).get('c'));
    // An industry filter is an input of the areas: they are built again.
    expect(buildAtlasData(catalog, { asOf: '2021', industry: ['vaccines'] }).parks).not.toBe(y2021.parks);
  });
});

const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const pt = (key: string, status = 'signed'): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { key, status },
});

describe("featureDiff: what MapLibre's updateData needs, by feature key", () => {
  const ten = 'abcdefghij'.split('').map((k) => pt(k));
  it('removes what left, adds what came, and replaces a feature whose object changed', () => {
    const changed = pt('b', 'operating');
    const next = ten.map((f) => (f.properties!.key === 'b' ? changed : f));
    expect(featureDiff(fc(...ten), fc(...next, pt('k')))).toEqual({ remove: ['b'], add: [changed, pt('k')] });
    expect(featureDiff(fc(...ten), fc(...ten.filter((f) => f.properties!.key !== 'c')))).toEqual({ remove: ['c'], add: [] });
  });
  it('is empty when nothing changed, and gives up (undefined: send the whole collection) when most did', () => {
    expect(featureDiff(fc(...ten), fc(...ten))).toEqual({ remove: [], add: [] });
    expect(featureDiff(fc(...ten), fc(...ten.slice(0, 3), ...'uvwxyz'.split('').map((k) => pt(k))))).toBeUndefined();
    expect(featureDiff(fc(), fc(pt('a')))).toBeUndefined();
  });
});
