import { printedAs } from './export';
import type { Field, FieldType } from './rows';
import type { Figure, Park } from './schema';

/**
 * figures.csv, long format: one row per value of every figure in the catalog (a figure whose
 * sources disagree has a row per value). `printed_as` is the compare CSV's column, written by the
 * same function. Raw codes (unit, qualifier, coverage) serve code; scope says what is measured.
 */
const f = (name: string, type: FieldType, description: string): Field => ({ name, type, description });

export const FIGURE_FIELDS: readonly Field[] = [
  f('entity_type', 'string', 'park, zone, project, aggregate or landmark'),
  f('entity_id', 'string', 'park id, <park>/<zone>, project id, <park>/<aggregate> or <park>/landmark-<n>'),
  f('park_id', 'string', 'the park it is filed under'),
  f('measure', 'string', "area, investment, count, distance, or a key figure's kind"),
  f('label', 'string', "the key figure's label (ours)"),
  f('value', 'number', 'the value in its unit (yuan, not billions)'),
  f('unit', 'string', 'km2, m2, ha, mu, CNY, USD, companies, count, percent, per-day or km'),
  f('magnitude', 'string', 'how the source writes the magnitude: thousand, million or billion'),
  f('qualifier', 'string', 'more-than, about, at-least, up-to, within or nearly'),
  f('as_of', 'string', 'the date the value is true of (YYYY, YYYY-MM or YYYY-MM-DD)'),
  f('as_of_inferred', 'boolean', 'true when as_of is our inference, not printed'),
  f('scope', 'string', 'what exactly the value measures'),
  f('coverage', 'string', 'whole, part, wider-area or uncertain: of the entity it is filed under'),
  f('flag', 'string', 'ambiguous-as-printed, target or estimate'),
  f('relation', 'string', "how the figure's values relate: disagree, different-measures, parts or conversion"),
  f('source_ids', 'string', 'ids in sources.csv, " | " between them'),
  f('printed_as', 'string', 'how each source prints the value and where; or how we computed it'),
];

type Owner = { entity_type: string; entity_id: string; park_id: string };

const rows = (owner: Owner, measure: string, figure: Figure | undefined, label = '') =>
  (figure?.values ?? []).map((v) => ({
    ...owner,
    measure,
    label,
    value: v.value,
    unit: v.unit,
    magnitude: v.magnitude ?? '',
    qualifier: v.qualifier ?? '',
    as_of: v.asOf,
    as_of_inferred: v.asOfInferred ? 'true' : 'false',
    scope: v.scope,
    coverage: v.coverage ?? 'whole',
    flag: v.flag ?? '',
    relation: figure!.values.length > 1 ? (figure!.relation ?? 'disagree') : '',
    source_ids: v.sources.join(' | '),
    printed_as: printedAs([v]),
  }));

export function figureRecords(parks: readonly Park[]) {
  return parks.flatMap((p) => {
    const park = { entity_type: 'park', entity_id: p.id, park_id: p.id };
    return [
      ...rows(park, 'area', p.area),
      ...p.keyFigures.flatMap((k) => rows(park, k.kind, k.figure, k.label.en)),
      ...p.landmarks.flatMap((l, i) =>
        rows({ entity_type: 'landmark', entity_id: `${p.id}/landmark-${i + 1}`, park_id: p.id }, 'distance', l.distance, l.text),
      ),
      ...p.zones.flatMap((z) => rows({ entity_type: 'zone', entity_id: `${p.id}/${z.id}`, park_id: p.id }, 'area', z.area)),
      ...p.projects.flatMap((x) => {
        const owner = { entity_type: 'project', entity_id: x.id, park_id: p.id };
        return [
          ...rows(owner, 'investment', x.investment),
          ...(x.otherFigures ?? []).flatMap((k) => rows(owner, k.kind, k.figure, k.label.en)),
        ];
      }),
      ...p.aggregates.flatMap((a) => {
        const owner = { entity_type: 'aggregate', entity_id: `${p.id}/${a.id}`, park_id: p.id };
        return [...rows(owner, 'count', a.count, a.label.en), ...rows(owner, 'investment', a.investment, a.label.en)];
      }),
    ];
  });
}
