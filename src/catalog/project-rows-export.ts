import type { Catalog } from './catalog';
import { csvOf } from './export';
import { nameText, STATUS_LABEL, type Lang } from './format';
import { formatAmount, formatAsOf } from '../i18n/format-figure';
import type { ProjectRow } from './project-rows';
import type { TableColumn } from './table-columns';

/**
 * Downloads of the projects table as it shows it: the rows in their order, the chosen columns
 * (the id always), with the same formula guard and BOM as the comparison's CSV. Raw codes and
 * numbers serve spreadsheets; `*_as_shown` is what the table reads, in the reader's language.
 */
const COLUMN_FIELDS: Record<TableColumn, readonly string[]> = {
  name: ['name_en', 'name_zh', 'row_kind'],
  park: ['park_id', 'park_name'],
  zone: ['zone_id', 'zone_name'],
  kind: ['kind'],
  companies: ['companies'],
  investment: ['investment_values', 'investment_units', 'investment_as_of', 'investment_as_shown', 'investment_sort_cny'],
  status: ['status', 'status_as_shown'],
  date: ['status_date', 'status_date_inferred'],
  location: ['location_confidence'],
  sources: ['source_count', 'source_ids'],
};

export function projectRecord(row: ProjectRow, lang: Lang): Record<string, string | number> {
  const values = row.investment?.values ?? [];
  const sourceIds = row.project?.sources ?? row.aggregate?.sources ?? [];
  return {
    id: row.project ? row.id : row.aggregate!.id,
    name_en: row.name.en,
    name_zh: row.name.zh ?? '',
    row_kind: row.project ? 'project' : 'aggregate (reported only in total)',
    park_id: row.park.id,
    park_name: nameText(row.park.name, lang),
    zone_id: row.zone?.id ?? '',
    zone_name: row.zone ? nameText(row.zone.name, lang) : '',
    kind: row.kind,
    companies: row.companies.map((c) => nameText(c, lang)).join(' | '),
    investment_values: values.map((v) => v.value).join(' | '),
    investment_units: values.map((v) => v.unit).join(' | '),
    investment_as_of: values.map((v) => formatAsOf(v, lang)).join(' | '),
    investment_as_shown: values.map((v) => formatAmount(v, lang)).join(' | '),
    investment_sort_cny: row.investmentKey < 0 ? '' : row.investmentKey,
    status: row.status ?? '',
    status_as_shown: row.status ? STATUS_LABEL[row.status][lang] : '',
    status_date: row.date ?? '',
    status_date_inferred: row.dateInferred ? 'inferred' : '',
    location_confidence: row.location ?? '',
    source_count: row.sources,
    source_ids: sourceIds.join(' | '),
  };
}

/** The CSV's columns for the chosen table columns: the id first, always (projects.csv on the Data page takes them all). */
export const projectFields = (columns: readonly TableColumn[]): string[] => ['id', ...columns.flatMap((c) => COLUMN_FIELDS[c])];

export function rowsCsv(rows: readonly ProjectRow[], columns: readonly TableColumn[], lang: Lang = 'en'): string {
  return csvOf(
    projectFields(columns),
    rows.map((r) => projectRecord(r, lang)),
  );
}

/** The rows' locations (projects, and aggregates that have one), with how each was placed and by whom. */
export function rowsGeoJson(rows: readonly ProjectRow[], catalog: Catalog, lang: Lang = 'en') {
  const features = rows.flatMap((row) => {
    const location = row.project?.location ?? row.aggregate?.location;
    if (!location) return [];
    const { investment_sort_cny: _, ...properties } = projectRecord(row, lang);
    return [
      {
        type: 'Feature' as const,
        geometry: location.point,
        properties: {
          ...properties,
          location_method: location.method,
          location_sources: location.sources.map((s) => ({ id: s, title: catalog.sources.get(s)?.title ?? null })),
        },
      },
    ];
  });
  return { type: 'FeatureCollection' as const, features };
}
