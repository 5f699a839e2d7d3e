import type { Catalog, ProjectEntry } from '../../catalog/catalog';
import { nameText } from '../../catalog/format';
import { useLang, useT } from '../../i18n/strings';
import { CitationButton } from '../../ui/citation-button';
import { EntityName } from '../../ui/entity-name';
import { FigureView } from '../../ui/figure-view';
import { label, LOCATION_CONFIDENCE, PROJECT_KIND_LABEL } from '../../ui/labels';
import { SelectLink } from '../../ui/select-link';
import { SourceList } from '../../ui/source-details';
import { SummaryText } from '../../ui/summary-text';
import { ProjectShareActions } from './project-share-actions';
import { MilestoneList } from '../../ui/milestone-list';
import { StatusTimeline } from './status-timeline';

/** A project: who builds what, for how much, how far along, where, and who says so. */
export function ProjectPanel({ catalog, entry }: { catalog: Catalog; entry: ProjectEntry }) {
  const t = useT();
  const lang = useLang();
  const { project, park, zone } = entry;
  const where = LOCATION_CONFIDENCE[project.location.confidence];
  return (
    <article className="panel project-panel" aria-labelledby="panel-heading">
      <header className="panel-header">
        <p className="eyebrow">
          {label(PROJECT_KIND_LABEL[project.kind], lang)} · <SelectLink to={{ park: park.id }}>{nameText(park.name, lang)}</SelectLink>
        </p>
        <EntityName as="h2" id="panel-heading" name={project.name} focusable />
      </header>
      <SummaryText key={project.id} text={project.summary} />
      <dl className="facts">
        {project.companies.length > 0 && (
          <div className="fact">
            <dt>{t('companies')}</dt>
            <dd>
              <ul className="plain-list">
                {project.companies.map((c, i) => (
                  <li key={i}>
                    <EntityName name={c.name} />
                    {c.note && <span className="item-note">{c.note}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div className="fact">
          <dt>{t('investment')}</dt>
          <dd>
            <FigureView figure={project.investment} sources={catalog.sources} label={t('investment')} />
          </dd>
        </div>
        {project.otherFigures?.map((kf, i) => {
          const name = nameText(kf.label, lang);
          return (
            <div className="fact" key={i}>
              <dt>{name}</dt>
              <dd>
                <FigureView figure={kf.figure} sources={catalog.sources} label={name} />
              </dd>
            </div>
          );
        })}
      </dl>
      <StatusTimeline project={project} sources={catalog.sources} />
      <MilestoneList milestones={project.milestones} sources={catalog.sources} headingId="project-milestones" />
      <section className="panel-section" aria-labelledby="project-location">
        <h3 id="project-location">{t('location')}</h3>
        <dl className="facts grid">
          <div className="fact">
            <dt>{t('park')}</dt>
            <dd>
              <SelectLink to={{ park: park.id }}>{nameText(park.name, lang)}</SelectLink>
            </dd>
          </div>
          {zone && (
            <div className="fact">
              <dt>{t('zone')}</dt>
              <dd>
                <SelectLink to={{ park: park.id, zone: zone.id }}>{nameText(zone.name, lang)}</SelectLink>
              </dd>
            </div>
          )}
        </dl>
        <p className={`location-note location-${project.location.confidence}`}>
          <strong>{label(where, lang)}:</strong> {where.explain[lang]} <span className="item-note">{project.location.method}</span>{' '}
          <CitationButton sourceIds={project.location.sources} sources={catalog.sources} what={t('location')} />
        </p>
      </section>
      <ProjectShareActions project={project} sources={catalog.sources} />
      <SourceList ids={project.sources} sources={catalog.sources} headingId="project-sources" />
    </article>
  );
}
