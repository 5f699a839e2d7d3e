import type { Catalog } from '../../catalog/catalog';
import { cellSources, type CompareCell, type DateSpan } from '../../catalog/compare-table';
import type { Lang } from '../../catalog/format';
import { t as translate, useLang } from '../../i18n/strings';
import { CitationButton } from '../../ui/citation-button';
import { useCompareT } from './compare-strings';

/** Years only ("2018–2024"): a summary of many dates; each exact date is with its figure or source. */
function yearsOf(span: DateSpan, lang: Lang): string {
  const [from, to] = [span.from.slice(0, 4), span.to.slice(0, 4)];
  const years = from === to ? from : `${from}–${to}`;
  return span.inferred ? `${years}, ${translate('inferred', lang)}` : years;
}

/** The year span and the one source button of a computed cell (counts and lists have no figure of their own). */
export function Meta({ span, cell, what, catalog }: { span: DateSpan | undefined; cell: CompareCell; what: string; catalog: Catalog }) {
  const t = useCompareT();
  const lang = useLang();
  return (
    <span className="compare-meta">
      {span && <span className="fig-year">{t(span.basis === 'sources' ? 'sourcesDated' : 'dated', { span: yearsOf(span, lang) })}</span>}{' '}
      <CitationButton sourceIds={cellSources(cell)} sources={catalog.sources} what={what} />
    </span>
  );
}
