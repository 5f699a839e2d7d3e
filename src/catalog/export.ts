import type { Catalog } from './catalog';
import { derivedAmount, derivedNumber, formulaWords, spanText, withheldWords } from './compare-format';
import { cellSources, type CompareCell, type CompareModel, type CompareRow } from './compare-table';
import { INDUSTRY_LABEL, nameText, STATUS_LABEL, type Lang } from './format';
import { formatAmount, formatAsOf } from '../i18n/format-figure';
import { formatMoneyTotal } from '../i18n/format-money';
import { formatWord } from '../i18n/format-words';
import type { Boundary, Figure, FigureValue, Location, Name, Park } from './schema';
import { disagrees, readsAsOne } from './selectors';
import { rewind } from './winding';

/**
 * Downloads of a comparison, built from the same row model as the table. Pure: strings and
 * plain objects in, text out. Raw codes (unit, qualifier) serve spreadsheets; `value_as_shown`
 * is the cell as the table reads it, in the reader's language.
 */
export const CSV_COLUMNS = [
  'park_id',
  'park_name_en',
  'park_name_zh',
  'measure',
  'value',
  'unit',
  'qualifier',
  'as_of',
  'scope',
  'relation',
  'value_as_shown',
  'source_ids',
  'source_titles',
  'printed_as',
] as const;
export type CsvRecord = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV field (RFC 4180). Text a spreadsheet would run as a formula (= + - @, tab, CR) gets an
 * apostrophe in front; a plain number cannot be a formula, so it stays a number.
 */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 BOM first, so Excel reads Chinese; CRLF line ends, as RFC 4180 and Excel expect. Any columns (the projects table's too). */
export const csvOf = <C extends string>(columns: readonly C[], records: readonly Partial<Record<C, string | number>>[]) =>
  `\uFEFF${[columns.join(','), ...records.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\r\n')}\r\n`;

export const toCsv = (records: readonly CsvRecord[]) => csvOf(CSV_COLUMNS, records);

const sourceColumns = (catalog: Catalog, ids: readonly string[]): CsvRecord => ({
  source_ids: ids.join(' | '),
  source_titles: ids.map((id) => catalog.sources.get(id)?.title ?? `(missing source ${id})`).join(' | '),
});

const codes = (v: FigureValue) =>
  [v.qualifier, v.flag && `flag:${v.flag}`, v.coverage && v.coverage !== 'whole' && `coverage:${v.coverage}`].filter(Boolean).join('; ');

/**
 * How each source prints the value(s), where, and what is computed or not verified:
 * "src-a: 23亿元 (paragraph 3) | computed: 40 bn ÷ 6.44". One field, so a row stays one value.
 */
export function printedAs(values: readonly FigureValue[]): string {
  const seen = new Set<string>();
  return values
    .flatMap((v) => [
      ...(v.printed ?? []).map((p) => `${p.source}: ${p.as} (${p.at})`),
      ...(v.computed ? [`computed: ${v.computed.formula} (from ${v.computed.inputs.join('; ')})`] : []),
      ...(v.unverified ? [`printed form not verified: ${v.unverified.reason}`] : []),
    ])
    .filter((x) => !seen.has(x) && !!seen.add(x))
    .join(' | ');
}

/** The values a figure shows: agreeing duplicates read once (as in the panel), disagreeing ones each. */
function figureValues(figure: Figure): { v: FigureValue; sources: string[]; all: FigureValue[] }[] {
  if (readsAsOne(figure))
    return [{ v: figure.values[0]!, sources: [...new Set(figure.values.flatMap((x) => x.sources))], all: figure.values }];
  return figure.values.map((v) => ({ v, sources: v.sources, all: [v] }));
}

function cellRecords(cell: CompareCell, measure: string, scope: string, catalog: Catalog, lang: Lang): CsvRecord[] {
  const missing = (shown: string): CsvRecord[] => [{ measure, scope, value_as_shown: shown }];
  const span = 'span' in cell ? spanText(cell.span, lang) : '';
  const counted = { scope, as_of: span, ...sourceColumns(catalog, cellSources(cell)) };
  const notReported = formatWord('notReported', lang);
  switch (cell.kind) {
    case 'figures':
      if (!cell.figures.length) return missing(notReported);
      return cell.figures.flatMap(({ label, figure }) => {
        const name = nameText(label, lang);
        const declared = figure.relation && figure.relation !== 'disagree' ? figure.relation : 'different-scopes';
        const relation = disagrees(figure) ? 'sources-disagree' : readsAsOne(figure) ? '' : declared;
        return figureValues(figure).map(({ v, sources, all }) => ({
          measure: name === measure ? measure : `${measure}: ${name}`,
          value: v.value,
          unit: v.unit,
          qualifier: codes(v),
          as_of: formatAsOf(v, lang),
          scope: v.scope,
          relation,
          value_as_shown: formatAmount(v, lang),
          ...sourceColumns(catalog, sources),
          printed_as: printedAs(all),
        }));
      });
    case 'derived': {
      const d = cell.derived;
      if (!d.shown)
        return [{ measure, scope: formulaWords(d.formula, lang), qualifier: 'not-shown', value_as_shown: withheldWords(d, lang) }];
      return d.values.map((x) => ({
        measure,
        value: derivedNumber(x),
        unit: 'CNY/km2',
        qualifier: x.qualifier ?? '',
        as_of: `${x.numerator.asOf} / ${x.denominator.asOf}`,
        scope: `${formulaWords(d.formula, lang)}: ${x.numerator.scope} ÷ ${x.denominator.scope}`,
        relation: cell.conflict ? 'sources-disagree' : d.values.length > 1 ? 'several-inputs' : '',
        value_as_shown: derivedAmount(x, lang),
        ...sourceColumns(catalog, [...new Set([...x.numerator.sources, ...x.denominator.sources])]),
        printed_as: printedAs([x.numerator, x.denominator]),
      }));
    }
    case 'zones':
      if (!cell.zones.length) return missing(notReported);
      return [
        {
          measure,
          value: cell.zones.length,
          unit: 'count',
          value_as_shown: cell.zones.map((z) => nameText(z.name, lang)).join('; '),
          ...counted,
        },
      ];
    case 'projects': {
      const { count, withoutAmount, money } = cell.totals;
      if (!count) return missing(formatWord('noneTracked', lang));
      return [
        { measure, value: count, unit: 'count', value_as_shown: String(count), ...counted },
        ...money.flatMap((m) =>
          (m.low === m.high ? [m.low] : [m.low, m.high]).map((value, i, all) => ({
            measure: `${measure}: ${formatWord('investmentTotal', lang)}`,
            value,
            unit: m.currency,
            qualifier: all.length > 1 ? (i ? 'high-end; sources disagree' : 'low-end; sources disagree') : '',
            value_as_shown: formatMoneyTotal(m, lang),
            ...counted,
          })),
        ),
        {
          measure: `${measure}: ${formatWord('withNoAmount', lang)}`,
          value: withoutAmount,
          unit: 'count',
          value_as_shown: String(withoutAmount),
          ...counted,
        },
      ];
    }
    case 'status':
      if (!cell.counts.length) return missing(formatWord('noneTracked', lang));
      return cell.counts.map((c) => ({
        measure: `${measure}: ${STATUS_LABEL[c.status][lang]}`,
        value: c.count,
        unit: 'count',
        value_as_shown: String(c.count),
        ...counted,
      }));
    case 'industries':
      if (!cell.items.length) return missing(notReported);
      return cell.items.map((i) => ({
        measure,
        value: INDUSTRY_LABEL[i.industry][lang],
        value_as_shown: INDUSTRY_LABEL[i.industry][lang],
        qualifier: i.shared ? 'shared by all compared parks' : '',
        ...counted,
      }));
    case 'names':
      if (!cell.items.length) return missing(notReported);
      return cell.items.map((i) => ({
        measure,
        value: i.name.en,
        qualifier: i.kind,
        value_as_shown: [i.name.en, i.name.zh].filter(Boolean).join(' '),
        ...counted,
        ...sourceColumns(catalog, i.sources),
      }));
  }
}

/** One record per table row and park, and one per value where a cell holds several. */
export function compareRecords(model: CompareModel, catalog: Catalog, lang: Lang = 'en'): CsvRecord[] {
  return model.rows.flatMap((row: CompareRow) =>
    model.parks.flatMap((park, i) =>
      cellRecords(row.cells[i]!, row.label[lang], row.scope?.[lang] ?? '', catalog, lang).map((r) => ({
        park_id: park.id,
        park_name_en: park.name.en,
        park_name_zh: park.name.zh ?? '',
        ...r,
      })),
    ),
  );
}

export const compareCsv = (model: CompareModel, catalog: Catalog, lang: Lang = 'en') => toCsv(compareRecords(model, catalog, lang));

type Feature = { type: 'Feature'; geometry: Boundary['geometry'] | Location['point']; properties: Record<string, unknown> };
export type FeatureCollection = { type: 'FeatureCollection'; features: Feature[] };

function feature(kind: string, park: Park, id: string, name: Name, shape: Boundary | Location, catalog: Catalog): Feature {
  // Outlines follow RFC 7946's right-hand rule (exterior counter-clockwise) whichever way they were drawn.
  const geometry = 'geometry' in shape ? rewind(shape.geometry) : shape.point;
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      kind,
      park_id: park.id,
      name: name.en,
      name_zh: name.zh ?? null,
      confidence: shape.confidence,
      method: shape.method,
      ...('uncertaintyM' in shape && shape.uncertaintyM ? { uncertainty_m: shape.uncertaintyM } : {}),
      sources: shape.sources.map((s) => ({ id: s, title: catalog.sources.get(s)?.title ?? null })),
    },
  };
}

/** Park and zone outlines and location points of the compared parks, each with how it was drawn. */
export function compareGeoJson(parks: readonly Park[], catalog: Catalog): FeatureCollection {
  const features = parks.flatMap((park) => [
    ...(park.boundary ? [feature('park-boundary', park, park.id, park.name, park.boundary, catalog)] : []),
    // A zone whose outline nobody publishes is exported as the point it is known by, not a shape.
    ...park.zones.flatMap((z) =>
      z.boundary
        ? [feature('zone-boundary', park, z.id, z.name, z.boundary, catalog)]
        : z.location
          ? [feature('zone-location', park, z.id, z.name, z.location, catalog)]
          : [],
    ),
    feature('park-location', park, park.id, park.name, park.location, catalog),
    ...park.projects.map((p) => feature('project-location', park, p.id, p.name, p.location, catalog)),
  ]);
  return { type: 'FeatureCollection', features };
}

/** "compare-changchun-pharma-valley_hangzhou-biopharma-town.csv": ids contain hyphens, so "_" joins them. */
export const compareFileName = (ids: readonly string[], ext: 'csv' | 'geojson') => `compare-${ids.join('_')}.${ext}`;
