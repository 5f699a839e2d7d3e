import type { ReactNode } from 'react';
import type { Catalog } from '../../catalog/catalog';
import type { CompareCell } from '../../catalog/compare-table';
import { INDUSTRY_LABEL, nameText, STATUS_LABEL } from '../../catalog/format';
import { formatAmount } from '../../i18n/format-figure';
import { formatMoneyTotals } from '../../i18n/format-money';
import type { Figure } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { FigureView } from '../../ui/figure-view';
import { Meta } from './cell-meta';
import { useCompareT } from './compare-strings';
import { DerivedCell } from './derived-cell';
import { NamesCell } from './names-cell';

/** One table cell; row label and park name make each source button's name unique in the table. */
type Props = { cell: CompareCell; rowLabel: string; parkName: string; catalog: Catalog };

/**
 * Notes explain a figure (why two values differ, what a scope leaves out) but can run to a
 * paragraph; in a table row they sit behind a disclosure. FigureView's own notes are hidden by
 * compare.css, so each is shown once (see .scratch/compare-requests.md: a `notes` prop would do).
 */
function Notes({ figure }: { figure: Figure }) {
  const t = useCompareT();
  const lang = useLang();
  const notes = [
    ...figure.values.filter((v) => v.note).map((v) => `${formatAmount(v, lang)}: ${v.note}`),
    ...(figure.note ? [figure.note] : []),
  ];
  if (!notes.length) return null;
  return (
    <details className="compare-notes">
      <summary>{t('notes', { n: notes.length })}</summary>
      <ul>
        {notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </details>
  );
}

export function CompareCellView({ cell, rowLabel, parkName, catalog }: Props): ReactNode {
  const what = `${rowLabel}, ${parkName}`;
  const t = useT();
  const ct = useCompareT();
  const lang = useLang();
  const missing = (text = t('notReported')) => <span className="fig-missing">{text}</span>;
  switch (cell.kind) {
    case 'derived':
      return <DerivedCell derived={cell.derived} conflict={cell.conflict} what={what} catalog={catalog} />;
    case 'figures':
      if (!cell.figures.length) return missing();
      return (
        <ul className="compare-figures">
          {cell.figures.map(({ label: name, figure }, i) => {
            const text = nameText(name, lang);
            return (
              <li key={i}>
                {text !== rowLabel && <span className="compare-figure-label">{text}</span>}
                <FigureView figure={figure} sources={catalog.sources} label={`${text}, ${parkName}`} />
                <Notes figure={figure} />
              </li>
            );
          })}
        </ul>
      );
    case 'zones':
      if (!cell.zones.length) return missing();
      return (
        <>
          <span className="fig-value">{ct('nZones', { n: cell.zones.length })}</span>
          <ul className="compare-inline">
            {cell.zones.map((z, i) => (
              <li key={i}>{nameText(z.name, lang)}</li>
            ))}
          </ul>
          <Meta span={cell.span} cell={cell} what={what} catalog={catalog} />
        </>
      );
    case 'projects': {
      const { count, money, withoutAmount } = cell.totals;
      if (!count) return missing(ct('noneTracked'));
      return (
        <>
          <span className="fig-value">{ct(count === 1 ? 'oneProject' : 'nProjects', { n: count })}</span>
          {money.length > 0 && <span className="compare-line">{t('trackedInvestment', { amount: formatMoneyTotals(money, lang) })}</span>}
          {withoutAmount > 0 && <span className="compare-line">{t('nNoAmount', { n: withoutAmount })}</span>}
          {cell.aggregates > 0 && <span className="cell-note">{ct('nAggregates', { n: cell.aggregates })}</span>}
          <Meta span={cell.span} cell={cell} what={what} catalog={catalog} />
        </>
      );
    }
    case 'status':
      if (!cell.counts.length) return missing(ct('noneTracked'));
      return (
        <>
          <dl className="compare-status">
            {cell.counts.map((c) => (
              <div key={c.status}>
                <dt>{STATUS_LABEL[c.status][lang]}</dt>
                <dd>{c.count}</dd>
              </div>
            ))}
          </dl>
          <Meta span={cell.span} cell={cell} what={what} catalog={catalog} />
        </>
      );
    case 'industries':
      if (!cell.items.length) return missing();
      return (
        <>
          <ul className="tags compare-tags" aria-label={what}>
            {cell.items.map((i) => (
              <li key={i.industry} className={i.shared ? 'tag tag-shared' : 'tag'}>
                {i.shared && <span aria-hidden="true">✓ </span>}
                {INDUSTRY_LABEL[i.industry][lang]}
                {i.shared && <span className="shared-text"> · {ct('shared')}</span>}
              </li>
            ))}
          </ul>
          <Meta span={cell.span} cell={cell} what={what} catalog={catalog} />
        </>
      );
    case 'names':
      return <NamesCell cell={cell} what={what} catalog={catalog} missing={missing()} />;
  }
}
