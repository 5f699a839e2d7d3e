import { firstDated, happenedBy, stepAt } from '../../catalog/as-of';
import { STATUS_LABEL } from '../../catalog/format';
import type { Project, Source } from '../../catalog/schema';
import { sortedHistory } from '../../catalog/selectors';
import { useLang, useT } from '../../i18n/strings';
import { CitationButton } from '../../ui/citation-button';
import { formatPartialDate } from '../../i18n/format-date';
import { useAsOf } from '../../ui/use-filters';

/**
 * How far along, as a dated timeline, oldest first; inferred dates are marked as such. Read as of
 * a date (`asof=`), it says what the project was then, and the steps after it are marked "later".
 */
export function StatusTimeline({ project, sources }: { project: Project; sources: ReadonlyMap<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const asOf = useAsOf();
  const history = sortedHistory(project);
  const current = stepAt(project, asOf);
  const when = asOf && formatPartialDate(asOf, lang);
  const stepDate = (s: { date: string; dateInferred?: boolean | undefined }) =>
    `${formatPartialDate(s.date, lang)}${s.dateInferred ? ` (${t('inferred')})` : ''}`;
  return (
    <section className="panel-section" aria-labelledby="project-timeline">
      <h3 id="project-timeline">{t('timeline')}</h3>
      {when && (
        <p className="as-of-note" role="note">
          {current
            ? t('asOfNoticeProject', { date: when, status: STATUS_LABEL[current.status][lang], step: stepDate(current) })
            : t('notYetOnRecord', { date: when, first: formatPartialDate(firstDated(project), lang) })}
        </p>
      )}
      <ol className="timeline">
        {history.map((step, i) => {
          const status = STATUS_LABEL[step.status][lang];
          const date = formatPartialDate(step.date, lang);
          const isCurrent = step === (current ?? null);
          const later = !happenedBy(step.date, asOf);
          const className = `timeline-step${isCurrent ? ' latest' : ''}${later ? ' later' : ''}`;
          return (
            <li key={i} className={className} aria-current={isCurrent ? 'step' : undefined}>
              <time dateTime={step.date} className="timeline-date">
                {date}
                {step.dateInferred && (
                  <span className="inferred">
                    {' '}
                    ({step.inferredBecause ? t('inferredBecause', { reason: step.inferredBecause }) : t('inferred')})
                  </span>
                )}
              </time>{' '}
              <span className="timeline-status">{status}</span> {later && <span className="later-mark">({t('laterSteps')})</span>}{' '}
              <CitationButton sourceIds={step.sources} sources={sources} what={`${status}, ${date}`} evidence={[step]} />
              {step.note && <span className="item-note">{step.note}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
