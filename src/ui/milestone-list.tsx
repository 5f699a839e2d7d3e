import type { Milestone, Source } from '../catalog/schema';
import { nameText } from '../catalog/format';
import { useLang, useT } from '../i18n/strings';
import { CitationButton } from './citation-button';
import { formatPartialDate } from '../i18n/format-date';

/** `headingId` gives the list its own section and heading; without it (inside an item) it is a labelled list. */
type Props = { milestones: readonly Milestone[] | undefined; sources: ReadonlyMap<string, Source>; headingId?: string };

/**
 * Dated events that are not stages of construction (a listing, a programme, an award), oldest
 * first, each with its sources and how they print the date. Never read as a status.
 */
export function MilestoneList({ milestones, sources, headingId }: Props) {
  const t = useT();
  const lang = useLang();
  if (!milestones?.length) return null;
  const sorted = [...milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const list = (
    <ol className="plain-list milestone-list" aria-label={headingId ? undefined : t('milestones')}>
      {sorted.map((m, i) => {
        const date = formatPartialDate(m.date, lang);
        const name = nameText(m.label, lang);
        return (
          <li key={i}>
            <time dateTime={m.date} className="timeline-date">
              {date}
              {m.dateInferred && (
                <span className="inferred">
                  {' '}
                  ({m.inferredBecause ? t('inferredBecause', { reason: m.inferredBecause }) : t('inferred')})
                </span>
              )}
            </time>{' '}
            {name} <CitationButton sourceIds={m.sources} sources={sources} what={`${name}, ${date}`} evidence={[m]} />
          </li>
        );
      })}
    </ol>
  );
  if (!headingId) return list;
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('milestones')}</h3>
      {list}
    </section>
  );
}
