import { mapFirstIdle } from '../map/first-idle';
import { setUpdateWaiting } from './update-state';

/** A page whose map never gets drawn (no WebGL, a failed map, the compare view on a slow phone) still goes offline-capable. */
const REGISTER_ANYWAY_MS = 15_000;

/**
 * Registers the service worker (public/sw.js) that keeps the atlas working offline after one
 * visit. Production builds only: in dev a worker would serve stale modules over Vite's own. Only
 * on http(s) (a file:// copy or an embedded view cannot register one), and with relative URLs so
 * the atlas and its worker's scope follow whatever sub-path the site is served from.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  const container = navigator.serviceWorker;
  // On the first visit the worker takes control mid-page: hand it what the page already loaded.
  if (!container.controller) container.addEventListener('controllerchange', () => void warmCache(container), { once: true });
  else document.documentElement.setAttribute('data-offline-ready', '');
  // After the map's first idle: installing (precaching a few MB) competed with the first view
  // and made it 1.9× a bare map's instead of 1.6×.
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    // updateViaCache 'none': sw.js and the sw-precache.js it imports are always asked of the
    // server, so a host without Cache-Control cannot hide a new build from the update check.
    // A registration can be missing where service workers are stubbed out (Playwright's `serviceWorkers: 'block'`).
    container.register('./sw.js', { scope: './', updateViaCache: 'none' }).then(
      (r) => {
        if (r) watchForUpdates(r);
      },
      () => {
        // Offline support is an extra: a browser or policy that refuses it still gets the atlas.
      },
    );
  };
  void mapFirstIdle.then(register);
  const late = () => setTimeout(register, REGISTER_ANYWAY_MS);
  if (document.readyState === 'complete') late();
  else window.addEventListener('load', late, { once: true });
}

/**
 * A new build's worker installs and then waits while this page's worker serves it. Readers of an
 * older page are told ("This atlas has been updated — reload") rather than left with old figures;
 * a page that is already the new build (loaded from the network) is not.
 */
function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const consider = async (worker: ServiceWorker | null) => {
    if (!worker || !navigator.serviceWorker.controller) return; // the first install is no update
    if (!(await isCurrent(worker))) setUpdateWaiting(() => reloadInto(worker));
  };
  void consider(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') void consider(worker);
    });
  });
}

/** Whether `worker` is the build this page came from (index.html names it: scripts/vite-plugin-service-worker.ts). */
function isCurrent(worker: ServiceWorker): Promise<boolean> {
  const build = document.querySelector<HTMLMetaElement>('meta[name="atlas-build"]')?.content;
  if (!build) return Promise.resolve(false);
  const channel = new MessageChannel();
  const answer = new Promise<boolean>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<{ current?: boolean }>) => resolve(event.data.current === true);
  });
  worker.postMessage({ type: 'is-current', build }, [channel.port2]);
  return answer;
}

/** The reader asked: let the waiting worker take over, then load the page it serves. */
function reloadInto(worker: ServiceWorker): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  worker.postMessage({ type: 'skip-waiting' });
}

/**
 * Sends the worker the URLs of everything fetched before it was in control (chiefly the font
 * files the first view's labels used) and marks the page `data-offline-ready` once they are
 * cached: a test hook, and a place a future "available offline" note can read.
 */
async function warmCache(container: ServiceWorkerContainer): Promise<void> {
  const worker = container.controller;
  if (!worker) return;
  const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
  const channel = new MessageChannel();
  const cached = new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
  });
  worker.postMessage({ type: 'cache-urls', urls }, [channel.port2]);
  await cached;
  document.documentElement.setAttribute('data-offline-ready', '');
}
