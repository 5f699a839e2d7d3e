import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { compareModel } from '../../src/catalog/compare-table';
import { compareCsv, compareFileName, compareGeoJson, CSV_COLUMNS, csvField, toCsv } from '../../src/catalog/export';
import { park } from '../fixtures/mini-catalog';
import { fixtureParks, fixtureSources } from '../ui/fixture-catalog';
import { parseCsv } from '../fixtures/csv';

const records = (csv: string) => {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

const tricky = park('tricky-park', {
  name: { en: 'Park "North", Phase 2\nEast', zh: '北区，二期' },
  area: undefined,
  zones: [],
  projects: [],
  focusIndustries: [],
  institutions: [
    { name: { en: '=HYPERLINK("http://evil.example","x")' }, kind: 'company', sources: ['src-plan'] },
    { name: { en: '+1 Pharma' }, kind: 'company', sources: ['src-plan'] },
    { name: { en: '-Minus Labs' }, kind: 'company', sources: ['src-plan'] },
    { name: { en: '@Home Bio' }, kind: 'company', sources: ['src-plan'] },
  ],
});
const catalog = buildCatalog([...fixtureParks, tricky], fixtureSources);

describe('CSV export', () => {
  const csv = compareCsv(compareModel(catalog, ['changchun-pharma-valley', 'hangzhou-biopharma-town', 'tricky-park']), catalog);
  const rows = records(csv);

  it('starts with a UTF-8 BOM and the header, and every line parses to the same columns', () => {
    expect(csv.startsWith('\uFEFFpark_id,park_name_en,park_name_zh,measure,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    for (const r of parsed) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('keeps Chinese names, commas, quotes and line breaks intact', () => {
    const valley = rows.find((r) => r.park_id === 'changchun-pharma-valley')!;
    expect([valley.park_name_en, valley.park_name_zh]).toEqual(['Changchun Pharmaceutical Valley', '长春药谷']);
    const t = rows.find((r) => r.park_id === 'tricky-park')!;
    expect([t.park_name_en, t.park_name_zh]).toEqual(['Park "North", Phase 2\nEast', '北区，二期']);
  });

  it('holds the table figures: one row per value where sources disagree, "not reported" never as 0', () => {
    const area = rows.find((r) => r.park_id === 'changchun-pharma-valley' && r.measure === 'Stated area')!;
    expect(area).toMatchObject({
      value: '18.4',
      unit: 'km2',
      as_of: '2022',
      value_as_shown: '18.4 km²',
      source_ids: 'src-plan',
      source_titles: 'Changchun Pharmaceutical Valley plan',
    });
    const output = rows.filter((r) => r.park_id === 'hangzhou-biopharma-town' && r.measure === 'Output or revenue: Output');
    expect(output.map((r) => [r.value, r.relation, r.source_ids])).toEqual([
      ['50000000000', 'sources-disagree', 'src-news'],
      ['30000000000', 'sources-disagree', 'src-bad'],
    ]);
    const missing = rows.find((r) => r.park_id === 'tricky-park' && r.measure === 'Stated area')!;
    expect(missing).toMatchObject({ value: '', value_as_shown: 'not reported' });
    expect(rows.find((r) => r.park_id === 'tricky-park' && r.measure === 'Tracked projects')).toMatchObject({
      value: '',
      value_as_shown: 'none tracked',
    });
  });

  it('writes totals, status counts, shared industries and withheld derived measures with their reason', () => {
    const valley = rows.filter((r) => r.park_id === 'changchun-pharma-valley');
    expect(valley.filter((r) => r.measure?.startsWith('Tracked projects')).map((r) => [r.measure, r.value, r.unit, r.qualifier])).toEqual([
      ['Tracked projects', '4', 'count', ''],
      ['Tracked projects: investment total', '2860000000', 'CNY', 'low-end; sources disagree'],
      ['Tracked projects: investment total', '3560000000', 'CNY', 'high-end; sources disagree'],
      ['Tracked projects: investment total', '200000000', 'USD', ''],
      ['Tracked projects: with no amount reported', '1', 'count', ''],
    ]);
    expect(valley.find((r) => r.measure === 'Status of tracked projects: Signed')?.value).toBe('2');
    // The tricky park lists no industries, so nothing is shared by all three...
    expect(valley.filter((r) => r.measure === 'Focus industries').map((r) => r.qualifier)).toEqual(['', '', '', '']);
    // ...while the valley and the town share biopharma.
    const two = records(compareCsv(compareModel(catalog, ['changchun-pharma-valley', 'hangzhou-biopharma-town']), catalog));
    expect(two.filter((r) => r.measure === 'Focus industries' && r.qualifier).map((r) => [r.park_id, r.value])).toEqual([
      ['changchun-pharma-valley', 'Biopharma'],
      ['hangzhou-biopharma-town', 'Biopharma'],
    ]);
    expect(valley.find((r) => r.measure === 'Output per km²')).toMatchObject({
      value: '',
      qualifier: 'not-shown',
      value_as_shown: 'no output or revenue reported',
    });
  });

  it('guards against formula injection but leaves plain numbers alone', () => {
    const names = rows.filter((r) => r.park_id === 'tricky-park' && r.measure === 'Notable companies and institutions').map((r) => r.value);
    expect(names).toEqual(['\'=HYPERLINK("http://evil.example","x")', "'+1 Pharma", "'-Minus Labs", "'@Home Bio"]);
    expect([csvField(-5), csvField('-5'), csvField('-5+1'), csvField('\tx'), csvField('a"b')]).toEqual([
      '-5',
      '-5',
      "'-5+1",
      "'\tx",
      '"a""b"',
    ]);
    expect(toCsv([{ measure: 'x\r\ny' }])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n,,,"x\r\ny",,,,,,,,,,\r\n`);
  });

  it('writes Chinese labels when the reader reads Chinese', () => {
    const zh = records(compareCsv(compareModel(catalog, ['changchun-pharma-valley', 'hangzhou-biopharma-town']), catalog, 'zh'));
    expect(zh.find((r) => r.measure === '公布面积')).toMatchObject({ park_name_zh: '长春药谷', value_as_shown: '18.4平方公里' });
  });

  it('names files after the compared ids', () => {
    expect(compareFileName(['changchun-pharma-valley', 'hangzhou-biopharma-town'], 'csv')).toBe(
      'compare-changchun-pharma-valley_hangzhou-biopharma-town.csv',
    );
  });
});

describe('GeoJSON export', () => {
  const model = compareModel(catalog, ['changchun-pharma-valley', 'hangzhou-biopharma-town']);
  const geo = JSON.parse(JSON.stringify(compareGeoJson(model.parks, catalog)));

  it('is a FeatureCollection of park and zone outlines and location points', () => {
    expect(geo.type).toBe('FeatureCollection');
    const kinds = geo.features.map((f: { properties: { kind: string; id: string } }) => `${f.properties.kind}:${f.properties.id}`);
    expect(kinds).toEqual([
      'park-boundary:changchun-pharma-valley',
      'zone-boundary:future-medical-port',
      'zone-boundary:entrepreneurship-innovation-town',
      'zone-boundary:green-smart-chemical-park',
      'park-location:changchun-pharma-valley',
      'project-location:genescience-park',
      'project-location:alvotech-jv',
      'project-location:chem-plant',
      'project-location:no-amount',
      // The town has no boundary in the fixture: its location point only.
      'park-location:hangzhou-biopharma-town',
    ]);
  });

  it('says for each feature how sure it is, how it was drawn and who says so', () => {
    const zone = geo.features.find((f: { properties: { id: string } }) => f.properties.id === 'future-medical-port');
    expect(zone.geometry.type).toBe('Polygon');
    expect(zone.properties).toMatchObject({
      park_id: 'changchun-pharma-valley',
      name: 'Future Medical Port',
      name_zh: null,
      confidence: 'approximate',
      method: expect.stringContaining('drawn by us'),
      sources: [{ id: 'src-undated', title: 'Park brochure' }],
    });
    const point = geo.features.find((f: { properties: { kind: string } }) => f.properties.kind === 'park-location');
    expect(point.geometry).toEqual({ type: 'Point', coordinates: [125.4, 44] });
    expect(point.properties.name_zh).toBe('长春药谷');
  });
});
