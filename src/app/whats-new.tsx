import { lazy, Suspense } from 'react';
import type { Catalog } from '../catalog/catalog';
import { useT } from '../i18n/strings';
import { UrlLink } from '../ui/url-link';
import { toView } from '../url/transitions';
import { useUrlStore } from '../url/url-store';
import { ViewPending } from './view-pending';

// Loaded when opened: the first view's JS carries neither the view nor (src/features/history/changes-data.ts) its data.
const WhatsNewView = lazy(() => import('../features/history/whats-new-view').then((m) => ({ default: m.WhatsNewView })));

/** "What's new" under the map, when the link says `view=changes` (issue 17); its place kept while it loads. */
export function ChangesArea({ catalog }: { catalog: Catalog | null }) {
  if (!catalog) return <ViewPending />;
  return (
    <Suspense fallback={<ViewPending />}>
      <WhatsNewView catalog={catalog} />
    </Suspense>
  );
}

/** The header's link to "What's new" and back; choosing pushes a history entry, as the projects view's does. */
export function WhatsNewLink() {
  const t = useT();
  const open = useUrlStore((s) => s.state.view === 'changes');
  return (
    <UrlLink className="view-switch" to={(state) => toView(state, open ? undefined : 'changes')}>
      {open ? t('mapView') : t('whatsNew')}
    </UrlLink>
  );
}
