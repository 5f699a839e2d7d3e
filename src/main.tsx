import './catalog/strict-zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startCatalog } from './store/catalog-store';
import { startUrlSync } from './url/url-store';
import { registerServiceWorker } from './app/register-sw';
import { loadBasemapFilesOnce } from './map/basemap-load';
import { loadAtlasMap } from './map/atlas-map-slot';
import './app/app.css';

// When the app started, beside the first frame's paint (tests/e2e/app-shell.test.ts, the bench).
performance.mark('atlas-app-start');
startUrlSync();
registerServiceWorker();
void startCatalog();
// The basemap's files are fetched alongside the catalog, not after React has mounted the map.
void loadBasemapFilesOnce();
// The map's chunk is asked for now, not when React first renders the map: its workers start with it.
loadAtlasMap().then(
  (m) => m.prewarmMapWorkers(),
  () => {}, // the map's slot says so (atlas-map-slot.tsx)
);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
