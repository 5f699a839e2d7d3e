import type { Catalog } from '../../catalog/catalog';
import { derivedAmount, formulaWords, noteWords, withheldWords } from '../../catalog/compare-format';
import type { Derived, DerivedValue } from '../../catalog/derived';
import { figureDate, figureText, formatAmount } from '../../i18n/format-figure';
import type { FigureValue } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { CitationButton } from '../../ui/citation-button';
import { useCompareT } from './compare-strings';

type Props = { derived: Derived; conflict: boolean; what: string; catalog: Catalog };

/** One input of a division: amount, year, scope and its own source button. */
function Input({ v, what, catalog }: { v: FigureValue; what: string; catalog: Catalog }) {
  const lang = useLang();
  const text = figureText(v, lang);
  return (
    <span className="compare-input">
      <span className="fig-value">{formatAmount(v, lang)}</span> <span className="fig-year">({figureDate(v, lang)})</span>{' '}
      <CitationButton sourceIds={v.sources} sources={catalog.sources} what={`${what}, ${v.scope}: ${text}`} evidence={[v]} />
      <span className="fig-scope">{v.scope}</span>
    </span>
  );
}

function Inputs({ values, what, catalog }: { values: DerivedValue[]; what: string; catalog: Catalog }) {
  const t = useCompareT();
  const lang = useLang();
  return (
    <ol className="compare-inputs">
      {values.map((x, i) => (
        <li key={i}>
          <span className="compare-result">= {derivedAmount(x, lang)}</span>
          <dl>
            <div>
              <dt>{t('numerator')}</dt>
              <dd>
                <Input v={x.numerator} what={what} catalog={catalog} />
              </dd>
            </div>
            <div>
              <dt>{t('denominator')}</dt>
              <dd>
                <Input v={x.denominator} what={what} catalog={catalog} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}

/**
 * A derived measure (output or investment per km²): shown only when derived.ts says its inputs
 * match; otherwise the reason. The formula and inputs, each with its source, are one click away.
 */
export function DerivedCell({ derived, conflict, what, catalog }: Props) {
  const t = useCompareT();
  const tr = useT();
  const lang = useLang();
  const several = derived.shown && derived.values.length > 1;
  return (
    <div className={several ? `compare-derived fig-several${conflict ? ' fig-conflict' : ''}` : 'compare-derived'}>
      {derived.shown ? (
        <>
          {several && (
            <span className={conflict ? 'relation-label conflict-label' : 'relation-label'}>
              {conflict ? tr('sourcesDisagree') : t('severalInputs')}
            </span>
          )}
          <ul className="fig-values">
            {derived.values.map((x, i) => (
              <li key={i}>
                <span className="fig-value">{derivedAmount(x, lang)}</span>{' '}
                <span className="fig-year">
                  ({figureDate(x.numerator, lang)} ÷ {figureDate(x.denominator, lang)})
                </span>
              </li>
            ))}
          </ul>
          {derived.note && <span className="fig-scope">{noteWords(derived.note, lang)}</span>}
          <span className="fig-scope">{t('derivedFrom')}</span>
        </>
      ) : (
        <span className="compare-withheld">{t('notShown', { reason: withheldWords(derived, lang) })}</span>
      )}
      <details className="compare-formula">
        <summary>{t('formulaAndInputs')}</summary>
        <p>
          <span className="compare-formula-label">{t('formula')}:</span> {formulaWords(derived.formula, lang)}
        </p>
        {derived.shown && <Inputs values={derived.values} what={what} catalog={catalog} />}
      </details>
    </div>
  );
}
