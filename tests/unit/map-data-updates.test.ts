import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { buildAtlasData } from '../../src/map/layers/atlas-data';
import { SOURCE } from '../../src/map/layers/expressions';
import { featureDiff } from '../../src/map/layers/feature-diff';
import { postedFeatures, sourceUpdates } from '../../src/map/layers/source-updates';
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

describe('sourceUpdates: what the map sends after a change, and how many features that posts', () => {
  it('sends nothing when nothing changed, and every source the first time', () => {
    const y2021 = buildAtlasData(catalog, { asOf: '2021' });
    expect(sourceUpdates(y2021, y2021)).toEqual([]);
    const first = sourceUpdates(undefined, y2021);
    expect(first.map((u) => u.id).sort()).toEqual(Object.values(SOURCE).sort());
    expect(first.every((u) => u.diff === undefined)).toBe(true);
    expect(postedFeatures(first)).toBe(Object.values(y2021).reduce((n, c) => n + c.features.length, 0));
  });
  it("sends a year's move as the projects' diff only, counting what it adds and removes", () => {
    const y2015 = buildAtlasData(catalog, { asOf: '2015' });
    const y2018 = buildAtlasData(catalog, { asOf: '2018' });
    const y2023 = buildAtlasData(catalog, { asOf: '2023' });
    // 2015 → 2018: 'a' arrives.
    const forward = sourceUpdates(y2015, y2018);
    expect(forward.map((u) => u.id)).toEqual([SOURCE.projects]);
    expect(forward[0]!.diff?.add.map((f) => f.properties!.key)).toEqual(['a']);
    expect(postedFeatures(forward)).toBe(1);
    // 2018 → 2023: 'a' changes status (out and in again) and 'b' arrives; 2 of 3 is most, so the whole collection goes.
    const most = sourceUpdates(y2018, y2023);
    expect(most[0]!.diff).toBeUndefined();
    expect(postedFeatures(most)).toBe(3);
  });
});
