import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { zoneKey, type Catalog } from '../catalog/catalog';
import { selectedParkId } from '../catalog/needed-parks';
import { indexedProjectName } from '../catalog/park-index';
import type { Lang } from '../catalog/format';
import { nearestIds } from '../catalog/nearest';
import { FilterPanel } from '../features/filters/filter-panel';
import { ListView } from '../features/list-view/list-view';
import { ParkPanel } from '../features/park-panel/park-panel';
import { ProjectPanel } from '../features/project-panel/project-panel';
import { LinkNotes } from '../features/link-notes/link-notes';
import { zonesElsewhere } from '../features/link-notes/zone-suggestions';
import { ZonePanel } from '../features/zone-panel/zone-panel';
import { useLang, useT } from '../i18n/strings';
import { useUiStore } from '../store/ui-store';
import { NotFound } from '../ui/not-found';
import { SelectLink } from '../ui/select-link';
import { useUrlStore } from '../url/url-store';
import { nameText } from '../catalog/format';
import type { Name } from '../catalog/schema';
import { EntityName } from '../ui/entity-name';

// The panel's "Changes" (issue 17): its code and its data load when a panel first shows them, not with the first view.
const ChangesSection = lazy(() => import('../features/history/changes-section').then((m) => ({ default: m.ChangesSection })));

/** The name of what is selected, from the index: known whether its park's file is loaded or not. */
function selectionName(catalog: Catalog, { park, zone, project }: { park?: string; zone?: string; project?: string }): Name | undefined {
  if (project) return indexedProjectName(catalog.index, project);
  const summary = park ? catalog.index.byId.get(park) : undefined;
  return summary && zone ? summary.zones.find((z) => z.id === zone)?.name : summary?.name;
}

/** The name of what is selected (for the page title and the collapsed bottom sheet), if it exists, loaded or not. */
export function useSelectionTitle(catalog: Catalog | null): string | undefined {
  const lang = useLang();
  const park = useUrlStore((s) => s.state.park);
  const zone = useUrlStore((s) => s.state.zone);
  const project = useUrlStore((s) => s.state.project);
  const name = catalog ? selectionName(catalog, { park, zone, project }) : undefined;
  return name && nameText(name, lang);
}

const projectName = (catalog: Catalog, id: string, lang: Lang) => {
  const name = indexedProjectName(catalog.index, id);
  return name ? nameText(name, lang) : id;
};

/** Picks what the side panel shows from the URL; the features themselves never import each other. */
export function SidePanel({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const lang = useLang();
  const park = useUrlStore((s) => s.state.park);
  const zone = useUrlStore((s) => s.state.zone);
  const project = useUrlStore((s) => s.state.project);
  const comparing = useUrlStore((s) => !!s.state.compare?.length);
  const root = useRef<HTMLDivElement>(null);
  const selectionKey = `${project ?? ''}|${park ?? ''}|${zone ?? ''}`;
  const first = useRef(selectionKey);

  const selected = selectionName(catalog, { park, zone, project });
  const title = selected && nameText(selected, lang);
  // The park the selection is shown in; the store loads it (src/catalog/needed-parks.ts).
  const shownIn = selectedParkId(catalog.index, { park, project });
  let content: ReactNode;
  let filters = true;
  // What the panel's "Changes" (issue 17) are about, when it shows a park, zone or project.
  let history: { park: string; entity: string } | undefined;
  const parkEntry = park ? catalog.parkById.get(park) : undefined;
  const unloaded = !!shownIn && !catalog.parkById.has(shownIn);
  const loading = unloaded && !catalog.unavailable.has(shownIn!);
  if (unloaded) {
    // Known from the index, not loaded: while its file is on its way, its name as the heading at
    // once (the reader sees what they chose) and that the rest is coming; else why it cannot be shown.
    filters = !project;
    const name = title ?? shownIn!;
    content = loading ? (
      <article className="panel" aria-labelledby="panel-heading" aria-busy="true">
        <EntityName as="h2" id="panel-heading" name={selected ?? { en: name }} focusable />
        <p role="status">{t('loadingWhat', { name })}</p>
      </article>
    ) : (
      <NotFound message={t('unavailable', { name })} suggestions={[]} />
    );
  } else if (project) {
    filters = false;
    const entry = catalog.projectById.get(project);
    if (entry) history = { park: entry.park.id, entity: `project:${project}` };
    content = entry ? (
      <ProjectPanel catalog={catalog} entry={entry} />
    ) : (
      <NotFound
        message={t('notFoundProject', { id: project })}
        suggestions={nearestIds(project, catalog.index.parkOfProject.keys()).map((id) => ({
          key: id,
          to: { project: id },
          label: projectName(catalog, id, lang),
        }))}
      />
    );
  } else if (park && !parkEntry) {
    content = (
      <NotFound
        message={t('notFoundPark', { id: park })}
        suggestions={nearestIds(park, catalog.index.byId.keys()).map((id) => ({
          key: id,
          to: { park: id },
          label: nameText(catalog.index.byId.get(id)!.name, lang),
        }))}
      />
    );
  } else if (parkEntry && zone) {
    const entry = catalog.zoneByKey.get(zoneKey(parkEntry.id, zone));
    if (entry) history = { park: parkEntry.id, entity: `zone:${parkEntry.id}/${zone}` };
    content = entry ? (
      <ZonePanel catalog={catalog} park={parkEntry} zone={entry.zone} />
    ) : (
      <NotFound
        message={t('notFoundZone', { id: zone, park: nameText(parkEntry.name, lang) })}
        suggestions={[
          ...nearestIds(
            zone,
            parkEntry.zones.map((z) => z.id),
          ).map((id) => ({
            key: id,
            to: { park: parkEntry.id, zone: id },
            label: nameText(parkEntry.zones.find((z) => z.id === id)!.name, lang),
          })),
          ...zonesElsewhere(catalog, zone, parkEntry.id, lang),
        ]}
      />
    );
  } else if (parkEntry) {
    history = { park: parkEntry.id, entity: `park:${parkEntry.id}` };
    content = <ParkPanel catalog={catalog} park={parkEntry} />;
  } else if (zone) {
    // A zone id means nothing without its park: say so and offer the parks that have such a zone.
    content = <NotFound message={t('notFoundZoneNoPark', { id: zone })} suggestions={zonesElsewhere(catalog, zone, undefined, lang)} />;
  } else {
    content = <ListView catalog={catalog} />;
  }

  useEffect(() => {
    // The compare view names its own page.
    if (!comparing) document.title = title ? `${title} · ${t('title')}` : t('title');
  });

  // A new selection starts at the top of the panel, with focus on its heading so keyboard and
  // screen-reader users land on what they chose; the first render leaves focus alone.
  useEffect(() => {
    if (first.current === selectionKey) return;
    first.current = '';
    useUiStore.getState().setSheetExpanded(true);
    useUiStore.getState().setOpenCitation(null);
    // Desktop scrolls the aside; the phone's bottom sheet scrolls its body.
    for (const el of [root.current?.closest('.side-panel'), root.current?.closest('.side-panel-body')]) el?.scrollTo?.({ top: 0 });
    root.current?.querySelector<HTMLElement>('#panel-heading, #not-found-heading')?.focus({ preventScroll: true });
  }, [selectionKey]);

  // The loading heading had focus (the selection put it there) and gave way to the loaded
  // panel's: focus follows to the new heading instead of falling back to the page.
  const wasLoading = useRef(loading);
  useEffect(() => {
    if (wasLoading.current && !loading && document.activeElement === document.body)
      root.current?.querySelector<HTMLElement>('#panel-heading')?.focus({ preventScroll: true });
    wasLoading.current = loading;
  }, [loading]);

  const detail = !!(park || project);
  return (
    <div ref={root} className="side-panel-content">
      {detail && (
        <p className="back-link">
          <SelectLink to={{}}>
            <span aria-hidden="true">← </span>
            {t('allParks')}
          </SelectLink>
        </p>
      )}
      <LinkNotes catalog={catalog} />
      {filters && <FilterPanel catalog={catalog} />}
      {content}
      {history && (
        <Suspense fallback={null}>
          <ChangesSection key={history.entity} target={history} catalog={catalog} />
        </Suspense>
      )}
    </div>
  );
}
