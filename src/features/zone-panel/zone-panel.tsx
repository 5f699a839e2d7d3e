import type { Catalog } from '../../catalog/catalog';
import { nameText } from '../../catalog/format';
import { formatAmount } from '../../i18n/format-figure';
import { geometryAreaKm2 } from '../../catalog/geo';
import type { Park, Zone } from '../../catalog/schema';
import { filterProjects, projectsOf } from '../../catalog/selectors';
import { useLang, useT } from '../../i18n/strings';
import { EntityName } from '../../ui/entity-name';
import { FigureView } from '../../ui/figure-view';
import { IndustryTags } from '../../ui/industry-tags';
import { NoBoundaryNote } from '../../ui/no-boundary-note';
import { ProjectTable } from '../../ui/project-table';
import { SelectLink } from '../../ui/select-link';
import { ShareActions } from '../../ui/share-actions';
import { MilestoneList } from '../../ui/milestone-list';
import { SourceList } from '../../ui/source-details';
import { SummaryText } from '../../ui/summary-text';
import { useFilters } from '../../ui/use-filters';
import { viewLink } from '../../url/share-link';
import { useUrlStore } from '../../url/url-store';
import { BoundaryNote } from './boundary-note';

/** A zone: stated area (and, labelled as ours, the drawn outline's), industries, facilities, projects, boundary. */
export function ZonePanel({ catalog, park, zone }: { catalog: Catalog; park: Park; zone: Zone }) {
  const t = useT();
  const lang = useLang();
  const filters = useFilters();
  const all = projectsOf(park, zone);
  // Only an outline we drew has an area of its own; a zone known by its location has none.
  const drawn = zone.boundary && geometryAreaKm2(zone.boundary.geometry);
  return (
    <article className="panel zone-panel" aria-labelledby="panel-heading">
      <header className="panel-header">
        <p className="eyebrow">
          {t('zoneOf')} <SelectLink to={{ park: park.id }}>{nameText(park.name, lang)}</SelectLink>
          {zone.role && <> · {zone.role}</>}
        </p>
        <EntityName as="h2" id="panel-heading" name={zone.name} focusable />
      </header>
      <SummaryText key={zone.id} text={zone.summary} />
      <section className="panel-section" aria-labelledby="zone-figures">
        <h3 id="zone-figures">{t('area')}</h3>
        <dl className="facts">
          <div className="fact">
            <dt>{t('statedArea')}</dt>
            <dd>
              <FigureView figure={zone.area} sources={catalog.sources} label={t('statedArea')} />
            </dd>
          </div>
          {drawn !== undefined && (
            <div className="fact">
              <dt>{t('drawnArea')}</dt>
              <dd>
                <span className="fig-value">
                  {formatAmount({ value: Number(drawn.toFixed(1)), unit: 'km2', qualifier: 'about' }, lang)}
                </span>
                <span className="fig-scope">{t('drawnAreaNote')}</span>
              </dd>
            </div>
          )}
        </dl>
      </section>
      <section className="panel-section" aria-labelledby="zone-industries">
        <h3 id="zone-industries">{t('focusIndustries')}</h3>
        <IndustryTags industries={zone.focusIndustries} label={t('focusIndustries')} />
      </section>
      {zone.facilities?.length ? (
        <section className="panel-section" aria-labelledby="zone-facilities">
          <h3 id="zone-facilities">{t('facilities')}</h3>
          <ul className="plain-list bullets">
            {zone.facilities.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ProjectTable park={park} projects={filterProjects(park, all, filters)} total={all.length} sources={catalog.sources} />
      {zone.boundary ? (
        <BoundaryNote boundary={zone.boundary} sources={catalog.sources} />
      ) : (
        zone.location && <NoBoundaryNote location={zone.location} sources={catalog.sources} headingId="zone-boundary" />
      )}
      <ShareActions
        subject={`${park.id}/${zone.id}`}
        link={() => viewLink({ park: park.id, zone: zone.id }, useUrlStore.getState().state)}
      />
      <MilestoneList milestones={zone.milestones} sources={catalog.sources} headingId="zone-milestones" />
      <SourceList ids={zone.sources} sources={catalog.sources} headingId="zone-sources" />
    </article>
  );
}
