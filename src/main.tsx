import './catalog/strict-zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startCatalog } from './store/catalog-store';
import { startUrlSync } from './url/url-store';
import { registerServiceWorker } from './app/register-sw';
import { loadBasemapFilesOnce } from './map/basemap-load';
import { prewarmMapWorkers } from './map/atlas-map';
import { afterFirstPaint } from './app/after-first-paint';
import './app/app.css';

startUrlSync();
registerServiceWorker();
prewarmMapWorkers();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The basemap's files are read alongside the catalog, not after React has mounted the map; both
// are already downloading (index.html preloads them), so waiting for the first paint costs no time.
afterFirstPaint(() => {
  void startCatalog();
  void loadBasemapFilesOnce();
});
