import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { readEntry, summarise, buildParkIndex } from '../../src/catalog/park-index';
import { groupByRegion, regionParts } from '../../src/catalog/regions';
import { buildSearchIndex } from '../../src/catalog/search-index';
import { cityTarget, citiesOf, clusters } from '../../src/map/cities';
import { buildAtlasData } from '../../src/map/layers/atlas-data';
import { atlasLayers, atlasSources } from '../../src/map/layers/atlas-style';
import { SOURCE } from '../../src/map/layers/expressions';
import { coverageCatalog, coverageParks, coverageSources } from '../fixtures/coverage-catalog';

describe('regions: province, then city', () => {
  it('splits the catalog’s English and Chinese region names; a municipality is its own province', () => {
    expect(regionParts('Changchun, Jilin Province', '吉林省长春市')).toEqual({
      province: { en: 'Jilin Province', zh: '吉林省' },
      city: { en: 'Changchun', zh: '长春市' },
    });
    expect(regionParts('Nanjing, Jiangsu Province')).toEqual({ province: { en: 'Jiangsu Province' }, city: { en: 'Nanjing' } });
    expect(regionParts('Shanghai', '上海市')).toEqual({ province: { en: 'Shanghai', zh: '上海市' } });
    expect(regionParts('Nanning, Guangxi Zhuang Autonomous Region', '广西壮族自治区南宁市').city).toEqual({ en: 'Nanning', zh: '南宁市' });
    expect(regionParts(undefined).province.en).toBe('Region not given');
  });

  it('groups with counts, in alphabetical order, a group’s Chinese name from any item that has one', () => {
    const items = [
      { id: 'a', en: 'Nanjing, Jiangsu Province' },
      { id: 'b', en: 'Suzhou, Jiangsu Province', zh: '江苏省苏州市' },
      { id: 'c', en: 'Beijing', zh: '北京市' },
      { id: 'd', en: 'Suzhou, Jiangsu Province' },
      { id: 'e' },
    ];
    const groups = groupByRegion(
      items,
      (i) => ({ en: i.en, zh: i.zh }),
      (i) => (i.id === 'b' ? 2 : 1),
    );
    expect(groups.map((g) => [g.name.en, g.name.zh, g.count])).toEqual([
      ['Beijing', '北京市', 1],
      ['Jiangsu Province', '江苏省', 4],
      ['Region not given', '未注明地区', 1],
    ]);
    const jiangsu = groups[1]!;
    expect(jiangsu.cities.map((c) => [c.name?.en, c.name?.zh, c.count, c.items.map((i) => i.id).join()])).toEqual([
      ['Nanjing', undefined, 1, 'a'],
      ['Suzhou', '苏州市', 3, 'b,d'],
    ]);
    expect(groups[0]!.cities).toHaveLength(1);
    expect(groups[0]!.cities[0]!.name).toBeUndefined();
  });

  it('puts each park’s region, in English and (where given) Chinese, in the build’s index', () => {
    const [island] = coverageParks;
    expect(summarise(island!)).toMatchObject({ region: 'Guangzhou, Guangdong Province', regionZh: '广东省广州市' });
    const nanjing = summarise(coverageParks.find((p) => p.id === 'nanjing-biopharma-valley')!);
    expect(nanjing.region).toBe('Nanjing, Jiangsu Province');
    expect(nanjing).not.toHaveProperty('regionZh');
    expect(readEntry(summarise(island!)).regionZh).toBe('广东省广州市');
  });
});

describe('search finds every park, zone, project, company and institution in English and Chinese', () => {
  const index = buildSearchIndex(coverageCatalog());
  const first = (q: string) => index.search(q)[0];

  it.each(
    coverageParks.flatMap((p): [string, string][] => [[p.name.en, p.id], ...(p.name.zh ? [[p.name.zh, p.id] as [string, string]] : [])]),
  )('park “%s”', (q, id) => {
    expect(first(q)?.target.key).toBe(`park:${id}`);
  });

  it('zones and projects by either name', () => {
    expect(first('South Block')?.target.key).toBe('zone:guangzhou-bio-island/south-block');
    expect(first('南区')?.target.key).toBe('zone:guangzhou-bio-island/south-block');
    expect(first('抗体药物工厂')?.target.key).toBe('project:bio-island-antibody-plant');
  });

  it('companies and institutions, in both scripts, lead to their project or park', () => {
    expect(first('Kanghua Biologics')).toMatchObject({ via: 'company', target: { key: 'project:bio-island-antibody-plant' } });
    expect(first('康华生物')).toMatchObject({ via: 'company', target: { key: 'project:bio-island-antibody-plant' } });
    expect(first('lingnan cell')).toMatchObject({ via: 'company' });
    expect(first('Guangzhou Laboratory')).toMatchObject({ via: 'institution', target: { key: 'park:guangzhou-bio-island' } });
    expect(first('广州实验室')).toMatchObject({ via: 'institution', target: { key: 'park:guangzhou-bio-island' } });
    expect(first('Bio Island Incubator')?.target.key).toBe('park:guangzhou-bio-island');
  });
});

describe('the national view at many parks', () => {
  const catalog = coverageCatalog();

  it('knows every city with its parks and extent, and makes a marker only of several parks close together', () => {
    const cities = citiesOf(catalog.index);
    expect(cities.map((c) => `${c.name.en}:${c.count}`)).toEqual([
      'Beijing:2',
      'Guangzhou:1',
      'Nanjing:1',
      'Suzhou:2',
      'Taizhou:1',
      'Shanghai:1',
    ]);
    const beijing = cities.find((c) => c.name.en === 'Beijing')!;
    expect(clusters(beijing)).toBe(true);
    expect(beijing.bounds[1]).toBeLessThan(39.67);
    expect(beijing.bounds[3]).toBeGreaterThan(40.09);
    expect(clusters(cities.find((c) => c.name.en === 'Nanjing')!)).toBe(false);
    const far = buildParkIndex([
      readEntry({ id: 'x', region: 'Somewhere', bbox: [100, 30, 100, 30] }),
      readEntry({ id: 'y', region: 'Somewhere', bbox: [110, 30, 110, 30] }),
    ]);
    expect(clusters(citiesOf(far)[0]!)).toBe(false);
  });

  it('draws a city marker and hides its parks’ labels only at the overview; labels never overlap, pharma parks first', () => {
    const data = buildAtlasData(catalog);
    expect(data.cities.features.map((f) => [f.properties?.name_en, f.properties?.count])).toEqual([
      ['Beijing', 2],
      ['Suzhou', 2],
    ]);
    const point = (id: string) => data.parkPoints.features.find((f) => f.properties?.key === id)!.properties!;
    expect(point('daxing-biomedicine-base').inCity).toBe(true);
    expect(point('nanjing-biopharma-valley').inCity).toBe(false);
    expect(point('biobay').priority).toBeLessThan(point('suzhou-industrial-park').priority);
    const { labels } = atlasLayers('en');
    const byId = new Map(
      labels.map((l) => [l.id, l as { minzoom?: number; maxzoom?: number; filter?: unknown; layout?: Record<string, unknown> }]),
    );
    expect(byId.get('atlas-park-label-overview')).toMatchObject({ maxzoom: 7, filter: ['!=', ['get', 'inCity'], true] });
    expect(byId.get('atlas-park-label')).toMatchObject({ minzoom: 7 });
    expect(byId.get('atlas-park-label')!.layout!['symbol-sort-key']).toEqual(['get', 'priority']);
    expect(byId.get('atlas-city-label')).toMatchObject({ maxzoom: 7, layout: { 'text-allow-overlap': false } });
    // Markers that would overlap merge: parks summed, names joined, extents united (a click fits them all).
    expect(atlasSources(data)[SOURCE.cities]).toMatchObject({
      cluster: true,
      clusterMaxZoom: 6,
      clusterProperties: { count: ['+', ['get', 'count']], west: ['min', ['get', 'west']], north: ['max', ['get', 'north']] },
    });
    // City markers are placed before (above) every park label.
    expect(labels.at(-1)?.id).toBe('atlas-city-label');
  });

  it('fits a city to its parks, or to a neighbourhood around its one point', () => {
    expect(cityTarget([116, 39, 117, 40])).toEqual({ kind: 'bounds', bounds: [116, 39, 117, 40] });
    expect(cityTarget([120.7, 31.3, 120.7, 31.3])).toEqual({ kind: 'point', center: [120.7, 31.3], zoom: 12 });
  });

  it('works with the same data when built from the index only', () => {
    const partial = buildCatalog([], coverageSources, [], catalog.index);
    expect(buildAtlasData(partial).cities.features).toHaveLength(2);
  });
});
