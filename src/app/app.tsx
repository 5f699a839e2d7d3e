import { LanguageToggle } from '../features/language-toggle/language-toggle';
import { SearchBox } from '../features/search/search-box';
import { useCatalogStore } from '../store/catalog-store';
import { useUiStore } from '../store/ui-store';
import { useLang, useT } from '../i18n/strings';
import { LANG_TAG } from '../i18n/bilingual';
import { MapView } from '../map/map-view';
import { SidePanel, useSelectionTitle } from './side-panel';
import { Notices } from './notices';
import { useUrlStore } from '../url/url-store';
import { SkipLink, useFocusOnViewSwitch } from './skip-link';
import { Timeline } from '../features/timeline/timeline';
import { CompareArea, ProjectsArea, ViewSwitch } from './view-switch';
import { ShareExtras } from '../ui/share-extras';
import { PrintButton } from '../features/print/print-button';
import { EmbedButton } from '../features/embed/embed-button';

import { EmbedView } from '../features/embed/embed-view';

// Issue 16: print and embed beside "Copy link". The framed view (embed=1) is small and mostly the
// map, so it is not split off: one more on-demand chunk made the bundler move shared code (zod
// among it) into a chunk of its own that ran before strict-csp.ts, and Zod's eval probe broke the CSP.
const SHARE_EXTRAS = [PrintButton, EmbedButton];
import { DataArea, DataLink } from './data-area';
import { ChangesArea, WhatsNewLink } from './whats-new';
import { useSheetInset } from './use-sheet-inset';

/**
 * The shell: a header (title, search, language), the map, and the side panel — which at phone
 * width becomes a bottom sheet over the map with a handle to expand or collapse it.
 */
export function App() {
  const t = useT();
  const lang = useLang();
  const { status, catalog } = useCatalogStore();
  const expanded = useUiStore((s) => s.sheetExpanded);
  const setExpanded = useUiStore((s) => s.setSheetExpanded);
  const selected = useSelectionTitle(catalog);
  const comparing = useUrlStore((s) => !!s.state.compare);
  const projectsView = useUrlStore((s) => s.state.view === 'projects');
  const dataView = useUrlStore((s) => s.state.view === 'data');
  const changesView = useUrlStore((s) => s.state.view === 'changes');
  useFocusOnViewSwitch(comparing);
  const { stage: stageRef, sheet: sheetRef } = useSheetInset();
  const embedded = useUrlStore((s) => !!s.state.embed);
  if (embedded) return <EmbedView notices={<Notices />} />;
  return (
    <ShareExtras value={SHARE_EXTRAS}>
      <div className="app" lang={LANG_TAG[lang]}>
        <SkipLink comparing={comparing} />
        <header className="title-bar">
          <h1>{t('title')}</h1>
          <SearchBox catalog={catalog} />
          {!comparing && <ViewSwitch />}
          <DataLink />
          {!comparing && <WhatsNewLink />}
          <LanguageToggle />
        </header>
        <Notices />
        <main
          className="main-area"
          aria-busy={status === 'loading'}
          data-view={projectsView ? 'projects' : changesView ? 'changes' : undefined}
        >
          {/* `?compare=` replaces map and panel; the block below keeps its indent so parallel edits merge. */}
          {dataView ? (
            <DataArea />
          ) : comparing && catalog ? (
            <CompareArea catalog={catalog} />
          ) : (
            <>
              <div className="map-area">
                <div ref={stageRef} className="map-stage">
                  <MapView />
                </div>
                <Timeline catalog={catalog} />
                {projectsView && <ProjectsArea catalog={catalog} />}
                {changesView && <ChangesArea catalog={catalog} />}
              </div>
              <aside ref={sheetRef} className="side-panel" aria-label={t('details')} data-expanded={expanded}>
                <button
                  type="button"
                  className="sheet-handle"
                  aria-expanded={expanded}
                  aria-controls="side-panel-body"
                  onClick={() => setExpanded(!expanded)}
                >
                  <span className="sheet-grip" aria-hidden="true" />
                  {/* Collapsed, the handle still says what is selected. */}
                  {!expanded && selected && <span className="sheet-title">{selected}</span>}
                  <span className="sheet-action">{expanded ? t('hideDetails') : t('showDetails')}</span>
                </button>
                <div id="side-panel-body" className="side-panel-body">
                  {status === 'loading' || !catalog ? <p>{t('loading')}</p> : <SidePanel catalog={catalog} />}
                </div>
              </aside>
            </>
          )}
        </main>
      </div>
    </ShareExtras>
  );
}
