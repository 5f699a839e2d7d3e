import type { Catalog } from './catalog';
import { csvOf } from './export';
import { figureRecords, FIGURE_FIELDS } from './figure-rows';
import { buildRows } from './project-rows';
import { projectFields, projectRecord } from './project-rows-export';
import type { Location, Name, Park, Source, Zone } from './schema';
import { TABLE_COLUMNS } from './table-columns';

/**
 * The row model of every table the Data page offers (parks, zones, projects, figures, sources):
 * the columns, their Frictionless types and the records, from one place. projects.csv is the
 * projects table's own download with every column (src/catalog/project-rows-export.ts), and
 * figures.csv writes `printed_as` with the compare CSV's `printedAs`, so the files and the
 * on-screen tables cannot drift. Pure: catalog in, records out.
 */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean';
export type Field = { name: string; type: FieldType; description: string };
export type CsvValue = string | number | undefined;
export type Table = {
  name: string;
  title: string;
  description: string;
  fields: readonly Field[];
  primaryKey?: string[];
  records: Record<string, CsvValue>[];
};

const f = (name: string, type: FieldType, description: string): Field => ({ name, type, description });
const list = (xs: readonly string[] | undefined) => (xs ?? []).join(' | ');
const point = (l: Location | undefined) => ({
  lon: l?.point.coordinates[0],
  lat: l?.point.coordinates[1],
  location_confidence: l?.confidence ?? '',
});
const names = (n: Name) => ({ name_en: n.en, name_zh: n.zh ?? '' });

export const PARK_FIELDS: readonly Field[] = [
  f('id', 'string', 'park id, as in ?park=<id>'),
  f('name_en', 'string', 'English name'),
  f('name_zh', 'string', 'Chinese name'),
  f('kind', 'string', 'pharma-park, development-zone, new-area or reference-park'),
  f('reference', 'boolean', 'carried for comparison only'),
  f('parent_id', 'string', 'the park it lies in'),
  f('region_en', 'string', 'province or city'),
  f('region_zh', 'string', 'province or city, in Chinese'),
  f('focus_industries', 'string', 'focus industries, " | " between them'),
  f('zones', 'integer', 'zones drawn'),
  f('projects', 'integer', 'tracked projects'),
  f('aggregates', 'integer', 'groups of projects reported only in total'),
  f('lon', 'number', 'label point, WGS84 longitude'),
  f('lat', 'number', 'label point, WGS84 latitude'),
  f('location_confidence', 'string', 'exact, approximate or site-unknown'),
  f('boundary_confidence', 'string', 'surveyed, digitised or approximate; empty when no outline is published'),
  f('source_ids', 'string', 'ids in sources.csv, " | " between them'),
  f('summary', 'string', 'our own summary'),
];

const parkRecord = (p: Park) => ({
  id: p.id,
  ...names(p.name),
  kind: p.kind,
  reference: p.reference ? 'true' : 'false',
  parent_id: p.parentId ?? '',
  region_en: p.region.en,
  region_zh: p.region.zh ?? '',
  focus_industries: list(p.focusIndustries),
  zones: p.zones.length,
  projects: p.projects.length,
  aggregates: p.aggregates.length,
  ...point(p.location),
  boundary_confidence: p.boundary?.confidence ?? '',
  source_ids: list(p.sources),
  summary: p.summary,
});

export const ZONE_FIELDS: readonly Field[] = [
  f('park_id', 'string', 'the park'),
  f('id', 'string', 'zone id, unique within its park (?park=<park_id>&zone=<id>)'),
  f('name_en', 'string', 'English name'),
  f('name_zh', 'string', 'Chinese name'),
  f('role', 'string', "its role in the park's structure"),
  f('focus_industries', 'string', 'focus industries, " | " between them'),
  f('boundary_confidence', 'string', 'surveyed, digitised or approximate; empty when no outline is published'),
  f('lon', 'number', 'where it lies when no outline is published, WGS84 longitude'),
  f('lat', 'number', 'WGS84 latitude'),
  f('location_confidence', 'string', 'exact, approximate or site-unknown'),
  f('source_ids', 'string', 'ids in sources.csv'),
  f('summary', 'string', 'our own summary'),
];

const zoneRecord = (p: Park, z: Zone) => ({
  park_id: p.id,
  id: z.id,
  ...names(z.name),
  role: z.role ?? '',
  focus_industries: list(z.focusIndustries),
  boundary_confidence: z.boundary?.confidence ?? '',
  ...point(z.location),
  source_ids: list(z.sources),
  summary: z.summary,
});

export const SOURCE_FIELDS: readonly Field[] = [
  f('id', 'string', 'source id'),
  f('title', 'string', 'title as printed'),
  f('publisher', 'string', 'publisher as printed'),
  f('date', 'string', "the document's own date (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated"),
  f('date_printed', 'string', 'how the document prints its date'),
  f('date_inferred', 'string', 'for an undated document: the date we infer, never printed'),
  f('date_inferred_reason', 'string', 'why'),
  f('url', 'string', 'address'),
  f('file', 'string', 'local copy of a commissioning document'),
  f('kind', 'string', 'commissioning-document or located-fact'),
  f('confidence', 'string', 'high, medium-high, medium or low'),
];

const sourceRecord = (s: Source) => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher,
  date: s.date ?? '',
  date_printed: s.datePrinted?.as ?? '',
  date_inferred: s.dateInferred?.date ?? '',
  date_inferred_reason: s.dateInferred?.reason ?? '',
  url: s.url ?? '',
  file: s.file ?? '',
  kind: s.kind,
  confidence: s.confidence ?? '',
});

const PROJECT_TYPES: Record<string, FieldType> = { investment_sort_cny: 'number', source_count: 'integer' };

/** Every table of the catalog, in the Data page's order. */
export function catalogTables(catalog: Catalog): Table[] {
  const projectNames = projectFields(TABLE_COLUMNS);
  return [
    {
      name: 'parks',
      title: 'Parks',
      description: 'One row per park.',
      fields: PARK_FIELDS,
      primaryKey: ['id'],
      records: catalog.parks.map(parkRecord),
    },
    {
      name: 'zones',
      title: 'Zones',
      description: 'One row per zone of a park.',
      fields: ZONE_FIELDS,
      primaryKey: ['park_id', 'id'],
      records: catalog.parks.flatMap((p) => p.zones.map((z) => zoneRecord(p, z))),
    },
    {
      name: 'projects',
      title: 'Projects',
      description:
        'The projects table with every column: one row per tracked project and per group reported only in total, at its latest status.',
      fields: projectNames.map((n) =>
        f(
          n,
          PROJECT_TYPES[n] ?? 'string',
          n === 'id' ? "project id (?project=<id>), or a group's id within its park (row_kind says which)" : n.replace(/_/g, ' '),
        ),
      ),
      primaryKey: ['park_id', 'row_kind', 'id'],
      records: buildRows(catalog, {}).map((r) => projectRecord(r, 'en')),
    },
    {
      name: 'figures',
      title: 'Figures',
      description: 'Long format: one row per cited value of every figure.',
      fields: FIGURE_FIELDS,
      records: figureRecords(catalog.parks),
    },
    {
      name: 'sources',
      title: 'Sources',
      description: 'The documents every figure cites.',
      fields: SOURCE_FIELDS,
      primaryKey: ['id'],
      records: [...catalog.sources.values()].map(sourceRecord),
    },
  ];
}

export const tableCsv = (table: Table): string =>
  csvOf(
    table.fields.map((x) => x.name),
    table.records,
  );
