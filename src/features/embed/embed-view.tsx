import type { ReactNode } from 'react';
import { useLang, useT } from '../../i18n/strings';
import { LANG_TAG } from '../../i18n/bilingual';
import { MapView } from '../../map/map-view';
import { useCatalogStore } from '../../store/catalog-store';
import { absoluteLink } from '../../url/share-link';
import { outOfEmbed } from '../../url/transitions';
import { useUrlStore } from '../../url/url-store';
import { EmbedCard } from './embed-card';
import './embed.css';

/**
 * `embed=1`: the map and a short card of what the link selects, for a frame on another site —
 * no header, search, panel or list. "Open in the atlas" leaves the frame for the same view
 * without embed=1, in a new tab (a frame's own navigation would trap the reader in it).
 */
export function EmbedView({ notices }: { notices: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalogStore((s) => s.catalog);
  const state = useUrlStore((s) => s.state);
  const open = absoluteLink(outOfEmbed(state));
  return (
    <div className="app embed-app" lang={LANG_TAG[lang]}>
      <main className="embed-main">
        <div className="map-area">
          <div className="map-stage">
            <MapView />
          </div>
        </div>
        <section className="embed-card" aria-labelledby="embed-card-heading" aria-live="polite">
          <EmbedCard catalog={catalog} state={state} lang={lang} />
          <a className="embed-open" href={open} target="_blank" rel="noopener">
            {t('openInAtlas')} <span className="visually-hidden">{t('opensNewTab')}</span>
          </a>
        </section>
      </main>
      {notices}
    </div>
  );
}
