import { STATUS_LABEL } from '../../catalog/format';
import type { Project, Source } from '../../catalog/schema';
import { sortedHistory } from '../../catalog/selectors';
import { useLang, useT } from '../../i18n/strings';
import { CitationButton } from '../../ui/citation-button';
import { formatPartialDate } from '../../ui/dates';

/** How far along, as a dated timeline, oldest first; inferred dates are marked as such. */
export function StatusTimeline({ project, sources }: { project: Project; sources: ReadonlyMap<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const history = sortedHistory(project);
  return (
    <section className="panel-section" aria-labelledby="project-timeline">
      <h3 id="project-timeline">{t('timeline')}</h3>
      <ol className="timeline">
        {history.map((step, i) => {
          const status = STATUS_LABEL[step.status][lang];
          const date = formatPartialDate(step.date, lang);
          const latest = i === history.length - 1;
          return (
            <li key={i} className={latest ? 'timeline-step latest' : 'timeline-step'} aria-current={latest ? 'step' : undefined}>
              <time dateTime={step.date} className="timeline-date">
                {date}{step.dateInferred && <span className="inferred"> ({step.inferredBecause ? t('inferredBecause', { reason: step.inferredBecause }) : t('inferred')})</span>}
              </time>{' '}
              <span className="timeline-status">{status}</span>{' '}
              <CitationButton sourceIds={step.sources} sources={sources} what={`${status}, ${date}`} evidence={[step]} />
              {step.note && <span className="item-note">{step.note}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
