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
  // After load, so installing (precaching a few MB) never competes with the first view.
  const register = () => {
    container.register('./sw.js', { scope: './' }).catch(() => {
      // Offline support is an extra: a browser or policy that refuses it still gets the atlas.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
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
  const cached = new Promise<void>((resolve) => { channel.port1.onmessage = () => resolve(); });
  worker.postMessage({ type: 'cache-urls', urls }, [channel.port2]);
  await cached;
  document.documentElement.setAttribute('data-offline-ready', '');
}
