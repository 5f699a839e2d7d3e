import { lazy, Suspense } from 'react';
import type { Catalog } from '../catalog/catalog';
import { useT } from '../i18n/strings';
import { UrlLink } from '../ui/url-link';
import { toView } from '../url/transitions';
import { useUrlStore } from '../url/url-store';
import { ViewPending } from './view-pending';

// Loaded when opened, so the first view's JS does not carry the table or its virtualiser.
const ProjectsTableView = lazy(() =>
  import('../features/projects-table/projects-table-view').then((m) => ({ default: m.ProjectsTableView })),
);

// The comparison (its table, maps and downloads) likewise: most readers open one park, not several.
const CompareView = lazy(() => import('../features/compare/compare-view').then((m) => ({ default: m.CompareView })));

/** The compare view, when the link says `compare=`. */
export function CompareArea({ catalog }: { catalog: Catalog }) {
  const t = useT();
  return (
    <Suspense
      fallback={
        <p role="status" className="cell-note">
          {t('loading')}
        </p>
      }
    >
      <CompareView catalog={catalog} />
    </Suspense>
  );
}

/** The projects table under the map, when the link says `view=projects` (its place kept while it loads). */
export function ProjectsArea({ catalog }: { catalog: Catalog | null }) {
  if (!catalog) return <ViewPending />;
  return (
    <Suspense fallback={<ViewPending />}>
      <ProjectsTableView catalog={catalog} />
    </Suspense>
  );
}

/** A link between the map-and-list view and the projects table; choosing a view pushes a history entry. */
export function ViewSwitch() {
  const t = useT();
  const table = useUrlStore((s) => s.state.view === 'projects');
  return (
    <UrlLink className="view-switch" to={(state) => toView(state, table ? undefined : 'projects')}>
      {table ? t('mapView') : t('projectsView')}
    </UrlLink>
  );
}
