import { lazy, Suspense } from 'react';
import { t, useLang, useT } from '../i18n/strings';
import { formatUrl } from '../url/codec';
import { patchUrl, useUrlStore } from '../url/url-store';

// Loaded when opened, so the first view's JS does not carry the Data page.
const DataPage = lazy(() => import('../features/data-page/data-page').then((m) => ({ default: m.DataPage })));

/** The Data page in place of the map and panel, when the link says `view=data`. */
export function DataArea() {
  const t = useT();
  return (
    <Suspense fallback={<p role="status" className="cell-note">{t('loading')}</p>}>
      <DataPage />
    </Suspense>
  );
}

/** "Data" in the header: opens the Data page (a history entry, so Back returns). */
export function DataLink() {
  const lang = useLang();
  const href = useUrlStore((s) => formatUrl({ lang: s.state.lang, view: 'data' }));
  const here = useUrlStore((s) => s.state.view === 'data');
  return (
    <a className="view-switch" href={href} aria-current={here ? 'page' : undefined} onClick={(e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      patchUrl({ view: 'data', compare: undefined, park: undefined, zone: undefined, project: undefined, map: undefined });
    }}>{t('dataLink', lang)}</a>
  );
}
