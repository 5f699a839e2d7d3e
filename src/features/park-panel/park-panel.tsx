import type { Catalog } from '../../catalog/catalog';
import { nameText } from '../../catalog/format';
import type { Park } from '../../catalog/schema';
import { filterProjects } from '../../catalog/selectors';
import { useLang, useT } from '../../i18n/strings';
import { EntityName } from '../../ui/entity-name';
import { IndustryTags } from '../../ui/industry-tags';
import { NoBoundaryNote } from '../../ui/no-boundary-note';
import { label, PARK_KIND_LABEL } from '../../ui/labels';
import { citeTargetNow } from '../../ui/cite-target';
import { ProjectTable } from '../../ui/project-table';
import { ShareActions } from '../../ui/share-actions';
import { SourceList } from '../../ui/source-details';
import { SummaryText } from '../../ui/summary-text';
import { useFilters } from '../../ui/use-filters';
import { viewLink } from '../../url/share-link';
import { useUrlStore } from '../../url/url-store';
import { CompareLink } from './compare-link';
import { ParkExtras } from './park-extras';
import { ParkFacts } from './park-facts';
import { ParkRelations } from './park-relations';
import { ParkZones } from './park-zones';

/**
 * A park: how big, for which industries, what is being built, how much money, how far along,
 * and who says so. Sections run from identity to evidence, so the sources close the panel.
 */
export function ParkPanel({ catalog, park }: { catalog: Catalog; park: Park }) {
  const t = useT();
  const lang = useLang();
  const filters = useFilters();
  const projects = filterProjects(park, park.projects, filters);
  const region = nameText(park.region, lang);
  return (
    <article className="panel park-panel" aria-labelledby="panel-heading">
      <header className="panel-header">
        <p className="eyebrow">
          {label(PARK_KIND_LABEL[park.kind], lang)} · {region}
        </p>
        <EntityName as="h2" id="panel-heading" name={park.name} focusable />
        {park.name.aka?.length ? (
          <p className="aka">
            {t('alsoPrintedAs')}: {park.name.aka.join(' · ')}
          </p>
        ) : null}
        <ParkRelations catalog={catalog} park={park} />
        <CompareLink catalog={catalog} park={park} />
      </header>
      {park.reference && <p className="reference-note">{t('referenceNote')}</p>}
      <SummaryText key={park.id} text={park.summary} />
      <ParkFacts park={park} sources={catalog.sources} />
      <section className="panel-section" aria-labelledby="park-industries">
        <h3 id="park-industries">{t('focusIndustries')}</h3>
        <IndustryTags industries={park.focusIndustries} label={t('focusIndustries')} />
      </section>
      {park.structure && (
        <section className="panel-section" aria-labelledby="park-structure">
          <h3 id="park-structure">{t('structure')}</h3>
          <p>{park.structure}</p>
        </section>
      )}
      <ParkZones park={park} sources={catalog.sources} />
      {!park.boundary && (
        <NoBoundaryNote location={park.location} boundaryNote={park.boundaryNote} sources={catalog.sources} headingId="park-boundary" />
      )}
      {(park.projects.length > 0 || !park.reference) && (
        <ProjectTable park={park} projects={projects} total={park.projects.length} sources={catalog.sources} showZone />
      )}
      <ParkExtras park={park} sources={catalog.sources} />
      <ShareActions
        subject={park.id}
        link={() => viewLink({ park: park.id }, useUrlStore.getState().state)}
        cite={() => citeTargetNow({ park: park.id })}
      />
      <SourceList ids={park.sources} sources={catalog.sources} headingId="park-sources" />
    </article>
  );
}
