import { lazy, Suspense } from 'react';
import type { Catalog } from '../catalog/catalog';
import { useT } from '../i18n/strings';
import { formatUrl } from '../url/codec';
import { patchUrl, useUrlStore } from '../url/url-store';

// Loaded when opened: the first view's JS carries neither the view nor (src/features/history/changes-data.ts) its data.
const WhatsNewView = lazy(() => import('../features/history/whats-new-view').then((m) => ({ default: m.WhatsNewView })));

/** "What's new" under the map, when the link says `view=changes` (issue 17). */
export function ChangesArea({ catalog }: { catalog: Catalog }) {
  const t = useT();
  return (
    <Suspense fallback={<p role="status" className="cell-note">{t('loading')}</p>}>
      <WhatsNewView catalog={catalog} />
    </Suspense>
  );
}

/** The header's link to "What's new" and back; choosing pushes a history entry, as the projects view's does. */
export function WhatsNewLink() {
  const t = useT();
  const open = useUrlStore((s) => s.state.view === 'changes');
  const href = useUrlStore((s) => formatUrl({ ...s.state, view: open ? undefined : 'changes', kind: undefined, map: undefined }));
  return (
    <a className="view-switch" href={href || window.location.pathname} onClick={(e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      patchUrl({ view: open ? undefined : 'changes', kind: undefined });
    }}>{open ? t('mapView') : t('whatsNew')}</a>
  );
}
