import { useCatalogStore } from '../store/catalog-store';
import { useLang, useT } from '../i18n/strings';
import { MapView } from '../map/map-view';
import { SidePanel } from './side-panel';
import { Notices } from './notices';

export function App() {
  const t = useT();
  const lang = useLang();
  const { status, catalog } = useCatalogStore();
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
      <header className="title-bar">
        <h1>{t('title')}</h1>
      </header>
      <Notices />
      <main className="main-area" aria-busy={status === 'loading'}>
        <div className="map-area"><MapView /></div>
        <aside className="side-panel" aria-label={t('details')}>
          {status === 'loading' || !catalog ? <p>{t('loading')}</p> : <SidePanel catalog={catalog} />}
        </aside>
      </main>
    </div>
  );
}
