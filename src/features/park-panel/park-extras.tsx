import { nameText, STATUS_LABEL } from '../../catalog/format';
import type { Park, Source } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { CitationButton } from '../../ui/citation-button';
import { EntityName } from '../../ui/entity-name';
import { FigureView } from '../../ui/figure-view';
import { INSTITUTION_KIND_LABEL, label } from '../../ui/labels';
import { MilestoneList } from '../../ui/milestone-list';

type Props = { park: Park; sources: ReadonlyMap<string, Source> };

/** What the sources report only in total ("18 projects restarted"): kept whole, never split into projects. */
function Aggregates({ park, sources }: Props) {
  const t = useT();
  const lang = useLang();
  if (!park.aggregates.length) return null;
  return (
    <section className="panel-section" aria-labelledby="park-aggregates">
      <h3 id="park-aggregates">{t('aggregates')}</h3>
      <ul className="plain-list">
        {park.aggregates.map((a) => {
          const name = nameText(a.label, lang);
          return (
            <li key={a.id}>
              <strong>{name}</strong>
              {a.count && (
                <>
                  {' '}
                  · <FigureView figure={a.count} sources={sources} label={name} compact />
                </>
              )}
              {a.investment && (
                <>
                  {' '}
                  · <FigureView figure={a.investment} sources={sources} label={`${name}, ${t('investment')}`} compact />
                </>
              )}
              {a.status && <> · {STATUS_LABEL[a.status][lang]}</>}
              <p className="item-note">
                {a.summary} <CitationButton sourceIds={a.sources} sources={sources} what={name} />
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Landmarks({ park, sources }: Props) {
  const t = useT();
  if (!park.landmarks.length) return null;
  return (
    <section className="panel-section" aria-labelledby="park-landmarks">
      <h3 id="park-landmarks">{t('landmarks')}</h3>
      <ul className="plain-list">
        {park.landmarks.map((l, i) => (
          <li key={i}>
            {l.text}
            {l.distance ? (
              <>
                : <FigureView figure={l.distance} sources={sources} label={l.text} />
              </>
            ) : (
              <>
                {' '}
                <CitationButton sourceIds={l.sources} sources={sources} what={l.text} evidence={[l]} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Notable companies and institutions, grouped by kind. */
function Institutions({ park, sources }: Props) {
  const t = useT();
  const lang = useLang();
  if (!park.institutions.length) return null;
  const kinds = [...new Set(park.institutions.map((i) => i.kind))];
  return (
    <section className="panel-section" aria-labelledby="park-institutions">
      <h3 id="park-institutions">{t('institutions')}</h3>
      {kinds.map((kind) => (
        <div key={kind} className="institution-group">
          <h4>{label(INSTITUTION_KIND_LABEL[kind], lang)}</h4>
          <ul className="plain-list">
            {park.institutions
              .filter((i) => i.kind === kind)
              .map((inst, i) => (
                <li key={i}>
                  <EntityName name={inst.name} />{' '}
                  <CitationButton sourceIds={inst.sources} sources={sources} what={nameText(inst.name, lang)} />
                  {inst.note && <p className="item-note">{inst.note}</p>}
                  <MilestoneList milestones={inst.milestones} sources={sources} />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function ParkExtras(props: Props) {
  return (
    <>
      <Aggregates {...props} />
      <MilestoneList milestones={props.park.milestones} sources={props.sources} headingId="park-milestones" />
      <Landmarks {...props} />
      <Institutions {...props} />
    </>
  );
}
