import { lazy, Suspense } from 'react';
import { t, useLang, useT } from '../i18n/strings';
import { UrlLink } from '../ui/url-link';
import { toDataPage } from '../url/transitions';
import { useUrlStore } from '../url/url-store';

// Loaded when opened, so the first view's JS does not carry the Data page.
const DataPage = lazy(() => import('../features/data-page/data-page').then((m) => ({ default: m.DataPage })));

/** The Data page in place of the map and panel, when the link says `view=data`. */
export function DataArea() {
  const t = useT();
  return (
    <Suspense
      fallback={
        <p role="status" className="cell-note">
          {t('loading')}
        </p>
      }
    >
      <DataPage />
    </Suspense>
  );
}

/** "Data" in the header: opens the Data page (a history entry, so Back returns). */
export function DataLink() {
  const lang = useLang();
  const here = useUrlStore((s) => s.state.view === 'data');
  return (
    <UrlLink className="view-switch" to={toDataPage} ariaCurrent={here ? 'page' : undefined}>
      {t('dataLink', lang)}
    </UrlLink>
  );
}
