import { type Lang } from '../catalog/format';
import { figureDate, figureText, formatAmount } from '../i18n/format-figure';
import type { Figure, FigureValue, Source } from '../catalog/schema';
import { figureAt } from '../catalog/as-of';
import { disagrees, readsAsOne } from '../catalog/selectors';
import { t as translate, useLang, useT } from '../i18n/strings';
import { CitationButton } from './citation-button';
import { formatPartialDate } from '../i18n/format-date';
import { useAsOf } from './use-filters';
import { RevisedOn } from './revised-on';

type Props = {
  figure: Figure | undefined;
  sources: ReadonlyMap<string, Source>;
  /** What the figure measures ("Stated area"), for the source button's accessible name. */
  label: string;
  /** Tables have no room for scope lines; the panels show them. */
  compact?: boolean;
  /** Value and figure notes (often a paragraph): shown unless compact, or set explicitly. */
  notes?: boolean;
};

const FLAG = { 'ambiguous-as-printed': 'flagAmbiguous', target: 'flagTarget', estimate: 'flagEstimate' } as const;
const COVERAGE = { 'wider-area': 'coverageWider', part: 'coveragePart', uncertain: 'coverageUncertain' } as const;
const RELATION = { 'different-measures': 'relationMeasures', parts: 'relationParts', conversion: 'relationConversion' } as const;

type ValueProps = {
  v: FigureValue;
  sources: Props['sources'];
  label: string;
  showScope: boolean;
  note: boolean;
  sourceIds: readonly string[];
  /** The values the source button speaks for: agreeing values read once carry every one's printed forms. */
  evidence: readonly FigureValue[];
};

function Value({ v, sources, label, showScope, note, sourceIds, evidence }: ValueProps) {
  const lang = useLang();
  const t = useT();
  return (
    <>
      <span className="fig-value">{formatAmount(v, lang)}</span> <span className="fig-year">({figureDate(v, lang)})</span>
      <RevisedOn v={v} />
      {v.flag && <span className="fig-flag"> {t(FLAG[v.flag])}</span>}
      {v.coverage && v.coverage !== 'whole' && <span className="fig-flag"> {t(COVERAGE[v.coverage])}</span>}{' '}
      <CitationButton sourceIds={sourceIds} sources={sources} what={`${label}: ${figureText(v, lang)}`} evidence={evidence} />
      {showScope && <span className="fig-scope">{v.scope}</span>}
      {note && v.note && <span className="fig-note">{v.note}</span>}
    </>
  );
}

/** The sum of parts in one unit ("together US$200 M"); nothing when the parts mix units. */
function partsTotal(figure: Figure, lang: Lang): string | undefined {
  const [first] = figure.values;
  if (!first || figure.values.some((v) => v.unit !== first.unit || v.qualifier)) return undefined;
  const value = figure.values.reduce((sum, v) => sum + v.value, 0);
  return translate('partsTotal', lang, { amount: formatAmount({ value, unit: first.unit, magnitude: first.magnitude }, lang) });
}

/**
 * A figure as a reader says it ("more than 1,500 companies (2020)") with its source button.
 * Several values stand side by side, each with its own year, scope and source, under a label
 * saying how they relate: "Sources disagree" (never one picked silently), "Different measures",
 * "Parts of a total" or a currency conversion. No figure at all reads "not reported", never 0.
 */
export function FigureView({ figure: whole, sources, label, compact, notes = !compact }: Props) {
  const t = useT();
  const lang = useLang();
  // Read as of the link's date: the value true then, with the date said (issue 15).
  const asOf = useAsOf();
  const figure = figureAt(whole, asOf);
  if (whole?.values.length && !figure && asOf) {
    return <span className="fig-missing">{t('notReportedAsOf', { date: formatPartialDate(asOf, lang) })}</span>;
  }
  if (!figure || !figure.values.length) return <span className="fig-missing">{t('notReported')}</span>;
  if (asOf && figure !== whole) {
    return (
      <span className="fig-as-of">
        <span className="as-of-mark">{t('asOfDate', { date: formatPartialDate(asOf, lang) })}:</span>{' '}
        <FigureView figure={figure} sources={sources} label={label} compact={compact} notes={notes} />
      </span>
    );
  }
  const single = readsAsOne(figure);
  const scopeShown = (v: FigureValue) => !compact && v.scope.toLowerCase() !== label.toLowerCase();
  if (single) {
    // Agreeing values (the same amount from several sources) read once, with every source.
    const first = figure.values[0]!;
    return (
      <span className="fig">
        <Value
          v={first}
          sources={sources}
          label={label}
          showScope={scopeShown(first)}
          note={notes}
          sourceIds={figure.values.flatMap((v) => v.sources)}
          evidence={figure.values}
        />
        {notes && figure.note && <span className="fig-note">{figure.note}</span>}
      </span>
    );
  }
  const conflict = disagrees(figure);
  // Not a conflict and no declared relation: the values are of different scopes (coverage).
  const declared = figure.relation && figure.relation !== 'disagree' ? RELATION[figure.relation] : 'relationScopes';
  const relation = conflict ? t('sourcesDisagree') : t(declared);
  const total = figure.relation === 'parts' ? partsTotal(figure, lang) : undefined;
  return (
    <div className={conflict ? 'fig fig-several fig-conflict' : 'fig fig-several'}>
      <span className={conflict ? 'relation-label conflict-label' : 'relation-label'}>{relation}</span>{' '}
      {total && <span className="fig-total"> · {total}</span>}
      <ul className="fig-values">
        {figure.values.map((v, i) => (
          <li key={i}>
            <Value
              v={v}
              sources={sources}
              label={label}
              note={notes}
              sourceIds={v.sources}
              evidence={[v]}
              showScope={conflict ? scopeShown(v) : !compact || figure.relation !== 'conversion'}
            />
          </li>
        ))}
      </ul>
      {notes && figure.note && <span className="fig-note">{figure.note}</span>}
    </div>
  );
}
