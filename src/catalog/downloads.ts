import type { Catalog } from './catalog';
import { compareGeoJson } from './export';
import { catalogTables, tableCsv, type Table } from './rows';

/**
 * The Data page's files, made at build time (scripts/vite-plugin-atlas-downloads.ts, into downloads/) from the
 * validated catalog: a CSV per table (rows.ts), everything drawn as one GeoJSON
 * FeatureCollection, and a Frictionless Data Package (datapackage.json) describing each file's
 * fields, the licence and the build date. Pure: the same function serves the build and the tests.
 */
export type Licence = { name: string; title: string; path: string };
export type DownloadsMeta = { created: string; version: string; licence: Licence };
export type DownloadFile = { path: string; text: string };

export const DATAPACKAGE = 'datapackage.json';

const bytes = (text: string) => new TextEncoder().encode(text).length;

function csvResource(table: Table, text: string) {
  return {
    name: table.name,
    path: `${table.name}.csv`,
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: bytes(text),
    // RFC 4180 with CRLF; a UTF-8 byte-order mark first (Excel reads Chinese only with it; pandas and R skip it).
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.fields.map(({ name, type, description }) => ({ name, type, description })),
      ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
    },
  };
}

export function buildDownloads(catalog: Catalog, meta: DownloadsMeta): DownloadFile[] {
  const tables = catalogTables(catalog);
  const csvs = tables.map((table) => ({ table, text: tableCsv(table) }));
  const geojson = `${JSON.stringify(compareGeoJson(catalog.parks, catalog))}\n`;
  const pkg = {
    profile: 'data-package',
    name: 'pharma-parks-atlas',
    title: 'Pharma Parks Atlas catalog',
    description:
      'Chinese biopharma parks, their zones, tracked projects and figures, each value with its date, scope and the sources that print it. Text cells that begin with = + - or @ carry a leading apostrophe so a spreadsheet never runs them as formulas.',
    version: meta.version,
    created: meta.created,
    licenses: [meta.licence],
    resources: [
      ...csvs.map(({ table, text }) => csvResource(table, text)),
      {
        name: 'catalog',
        path: 'catalog.geojson',
        title: 'Everything drawn',
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
        bytes: bytes(geojson),
        description:
          'One RFC 7946 FeatureCollection: park and zone outlines, and park, zone and project locations, each with how it was drawn and its sources.',
      },
    ],
  };
  return [
    ...csvs.map(({ table, text }) => ({ path: `${table.name}.csv`, text })),
    { path: 'catalog.geojson', text: geojson },
    { path: DATAPACKAGE, text: `${JSON.stringify(pkg, null, 2)}\n` },
  ];
}
