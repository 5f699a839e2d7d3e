import { describe, expect, it } from 'vitest';
import { downloadsOf } from '../../scripts/catalog-downloads';
import { buildCatalog } from '../../src/catalog/catalog';
import { buildDownloads } from '../../src/catalog/downloads';
import { compareGeoJson } from '../../src/catalog/export';
import { buildRows } from '../../src/catalog/project-rows';
import { rowsCsv } from '../../src/catalog/project-rows-export';
import { catalogTables, tableCsv } from '../../src/catalog/rows';
import type { Park, Position, Source } from '../../src/catalog/schema';
import { TABLE_COLUMNS } from '../../src/catalog/table-columns';
import { rewind, signedArea } from '../../src/catalog/winding';
import { parseCsvRecords } from '../fixtures/csv';
import { park, sources, square } from '../fixtures/mini-catalog';

const withFigures = (): Park =>
  park('test-park', {
    name: { en: 'Test Park', zh: '测试园' },
    area: {
      relation: 'disagree',
      values: [
        {
          value: 5.4,
          unit: 'km2',
          asOf: '2022',
          scope: 'planned area',
          sources: ['src-a'],
          printed: [{ source: 'src-a', as: '5.4平方公里', at: 'paragraph 2', lang: 'zh-Hans' }],
        },
        {
          value: 6,
          unit: 'km2',
          qualifier: 'about',
          asOf: '2021',
          asOfInferred: true,
          scope: 'planned area',
          coverage: 'part',
          sources: ['src-a'],
          unverified: { reason: 'page gone' },
        },
      ],
    },
    keyFigures: [
      {
        kind: 'companies',
        label: { en: 'Companies' },
        figure: {
          values: [
            { value: 800, unit: 'companies', qualifier: 'more-than', asOf: '2018', scope: 'biomedical companies', sources: ['src-a'] },
          ],
        },
      },
    ],
    aggregates: [
      {
        id: 'eight',
        label: { en: 'Eight infrastructure projects' },
        summary: 's',
        count: { values: [{ value: 8, unit: 'count', asOf: '2022', scope: 'projects', sources: ['src-a'] }] },
        sources: ['src-a'],
      },
    ],
  });
const catalog = () => buildCatalog([withFigures()], sources.sources as Source[]);
const table = (name: string) => catalogTables(catalog()).find((t) => t.name === name)!;
const csvRecords = (name: string) => parseCsvRecords(tableCsv(table(name)).slice(1));

describe('download row models', () => {
  it('parks.csv: one row per park, names in both languages, counts and the label point', () => {
    expect(csvRecords('parks')).toEqual([
      expect.objectContaining({
        id: 'test-park',
        name_en: 'Test Park',
        name_zh: '测试园',
        reference: 'false',
        zones: '1',
        projects: '1',
        aggregates: '1',
        lon: '125.4',
        lat: '44',
        location_confidence: 'approximate',
        boundary_confidence: 'approximate',
        source_ids: 'src-a',
      }),
    ]);
    expect(csvRecords('zones')).toEqual([
      expect.objectContaining({ park_id: 'test-park', id: 'zone-a', focus_industries: 'vaccines', lon: '', lat: '' }),
    ]);
  });

  it('figures.csv: long format, a row per value, with qualifier, as-of, scope, coverage and how each source prints it', () => {
    const rows = csvRecords('figures');
    expect(rows.map((r) => [r.entity_type, r.entity_id, r.measure, r.value, r.unit])).toEqual([
      ['park', 'test-park', 'area', '5.4', 'km2'],
      ['park', 'test-park', 'area', '6', 'km2'],
      ['park', 'test-park', 'companies', '800', 'companies'],
      ['zone', 'test-park/zone-a', 'area', '1', 'km2'],
      ['project', 'test-park-project', 'investment', '2300000000', 'CNY'],
      ['aggregate', 'test-park/eight', 'count', '8', 'count'],
    ]);
    expect(rows[0]).toMatchObject({
      relation: 'disagree',
      as_of: '2022',
      as_of_inferred: 'false',
      coverage: 'whole',
      printed_as: 'src-a: 5.4平方公里 (paragraph 2)',
    });
    expect(rows[1]).toMatchObject({
      qualifier: 'about',
      as_of_inferred: 'true',
      coverage: 'part',
      printed_as: 'printed form not verified: page gone',
    });
    expect(rows[2]).toMatchObject({ label: 'Companies', qualifier: 'more-than', relation: '' });
    expect(rows[4]).toMatchObject({ magnitude: 'billion' });
  });

  it("projects.csv is the projects table's own download with every column, so the two cannot drift", () => {
    const c = catalog();
    const projects = table('projects');
    expect(tableCsv(projects)).toBe(rowsCsv(buildRows(c, {}), TABLE_COLUMNS, 'en'));
    expect(projects.records.map((r) => r.id)).toEqual(['test-park-project', 'eight']);
    expect(projects.fields.find((f) => f.name === 'source_count')?.type).toBe('integer');
  });

  it('sources.csv keeps an undated document undated, with the inferred date apart', () => {
    const c = buildCatalog(
      [park()],
      [{ id: 'src-u', kind: 'commissioning-document', title: '长春医药谷', publisher: 'P', dateInferred: { date: '2022', reason: 'r' } }],
    );
    expect(parseCsvRecords(tableCsv(catalogTables(c).find((t) => t.name === 'sources')!).slice(1))).toEqual([
      expect.objectContaining({ id: 'src-u', title: '长春医药谷', date: '', date_inferred: '2022', date_inferred_reason: 'r' }),
    ]);
  });

  it('guards text a spreadsheet would run as a formula, and quotes commas and quotes (RFC 4180)', () => {
    const c = buildCatalog([park('p', { summary: '=HYPERLINK("x"), and more' })], sources.sources as Source[]);
    const text = tableCsv(catalogTables(c)[0]!);
    expect(text).toContain(',"\'=HYPERLINK(""x""), and more"\r\n');
  });
});

describe('GeoJSON winding (RFC 7946 right-hand rule)', () => {
  const cw = (ring: Position[]) => [...ring].reverse();
  it('turns a clockwise exterior counter-clockwise and a counter-clockwise hole clockwise', () => {
    const outer = cw(square(125, 44, 1, 1).coordinates[0]!);
    const hole = square(125.25, 44.25, 0.5, 0.5).coordinates[0]!;
    expect(signedArea(outer)).toBeLessThan(0);
    const fixed = rewind({ type: 'Polygon', coordinates: [outer, hole] });
    expect(fixed.type === 'Polygon' && [signedArea(fixed.coordinates[0]!) > 0, signedArea(fixed.coordinates[1]!) < 0]).toEqual([
      true,
      true,
    ]);
    const multi = rewind({ type: 'MultiPolygon', coordinates: [[outer], [square(120, 30).coordinates[0]!]] });
    expect(multi.type === 'MultiPolygon' && multi.coordinates.map((p) => signedArea(p[0]!) > 0)).toEqual([true, true]);
  });

  it('is applied to the downloads (catalog.geojson, the compare GeoJSON) whichever way an outline was drawn', () => {
    const drawn = park('p', {
      boundary: {
        geometry: { type: 'Polygon', coordinates: [cw(square(125.4, 44).coordinates[0]!)] },
        confidence: 'approximate',
        method: 'm',
        sources: ['src-a'],
      },
    });
    const c = buildCatalog([drawn], sources.sources as Source[]);
    const outline = compareGeoJson(c.parks, c).features.find((x) => x.properties.kind === 'park-boundary')!;
    expect(outline.geometry.type === 'Polygon' && signedArea(outline.geometry.coordinates[0]!)).toBeGreaterThan(0);
    expect(drawn.boundary!.geometry.type === 'Polygon' && signedArea(drawn.boundary!.geometry.coordinates[0]!)).toBeLessThan(0);
  });
});

describe("the Data page's files, made by the build's own function from the real catalog", () => {
  const files = downloadsOf('data', '2026-01-02T03:04:05.000Z');
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const pkg = JSON.parse(byPath.get('datapackage.json')!);

  it("describes each CSV's header, size, licence and build date in datapackage.json", () => {
    expect(pkg).toMatchObject({ profile: 'data-package', created: '2026-01-02T03:04:05.000Z', licenses: [{ name: 'CC-BY-4.0' }] });
    expect(pkg.version).toMatch(/^[0-9a-f]{16}$/);
    for (const r of pkg.resources as { path: string; bytes: number; schema?: { fields: { name: string }[] } }[]) {
      const text = byPath.get(r.path)!;
      expect(new TextEncoder().encode(text).length, r.path).toBe(r.bytes);
      if (r.schema) expect(text.slice(1, text.indexOf('\r\n')).split(','), r.path).toEqual(r.schema.fields.map((f) => f.name));
    }
    // Each primary key holds: no two rows share one.
    for (const r of pkg.resources as { path: string; schema?: { primaryKey?: string[] } }[]) {
      if (!r.schema?.primaryKey) continue;
      const keys = parseCsvRecords(byPath.get(r.path)!.slice(1)).map((row) => r.schema!.primaryKey!.map((k) => row[k]).join('\0'));
      expect(new Set(keys).size, r.path).toBe(keys.length);
    }
    expect([...byPath.keys()].sort()).toEqual([
      'catalog.geojson',
      'datapackage.json',
      'figures.csv',
      'parks.csv',
      'projects.csv',
      'sources.csv',
      'zones.csv',
    ]);
  });

  it('is the same as buildDownloads over the validated catalog (one function for build and dev server)', () => {
    expect(buildDownloads(catalog(), { created: 'x', version: 'v', licence: pkg.licenses[0] }).map((f) => f.path)).toEqual(
      files.map((f) => f.path),
    );
  });
});
