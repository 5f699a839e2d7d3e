import './catalog/strict-zod';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
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
const root = createRoot(document.getElementById('root')!);
// The first render now, not as a scheduled task: left to React's scheduler it ran only once the
// catalog's first view was in, time-sliced among the other park files' parsing, and a project
// link's panel came 60 ms after its park (start → panel 216 → 142 ms under nginx, 151 → 115 under
// vite preview, 7 alternated loads; issue 13's notes). Later store updates render at once anyway.
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
