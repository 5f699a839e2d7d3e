/* global self, caches, fetch, URL, Request, Response, importScripts, setTimeout, clearTimeout */
/**
 * The atlas's service worker: after one visit the atlas works with the network cut.
 *
 * sw-precache.js is written by the build (scripts/vite-plugin-service-worker.ts): the build's
 * version (a hash of every emitted file) and the files to precache — the app shell, JS, CSS, the
 * MapLibre worker, data/ and fonts/font-faces.json. The browser byte-compares imported scripts
 * on its update checks, so a new build installs a new worker with a new cache.
 *
 * Strategies, same-origin GET only (everything else is left to the browser):
 * - network first for the page and for data/ and fonts/font-faces.json, revalidated with the server
 *   (cache: 'no-cache'), so a new catalog or a new build arrives on the next load; the cache
 *   answers when the network cannot;
 * - cache first for everything else: hashed JS/CSS never change under one name, and the font
 *   files (about a hundred CJK subsets, fetched only as labels need them) are cached as they are
 *   used rather than all at install.
 */
importScripts('./sw-precache.js');

const { version, files } = self.__ATLAS_PRECACHE__;
const CACHE = `atlas-${version}`;
const PREFIX = 'atlas-';
const SCOPE = new URL('./', self.location.href);
const SHELL = new URL('index.html', SCOPE).href;
/** A slow network must not keep an offline-capable page waiting: after this the cache answers. */
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so the precache holds this build's bytes.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(files.map((file) => new Request(new URL(file, SCOPE).href, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  // Only our own caches, only older builds'; then take the page that installed us, so the very
  // first visit is already offline-capable.
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

const inScope = (url) => url.origin === SCOPE.origin && url.pathname.startsWith(SCOPE.pathname);
const isOwnScript = (url) => url.pathname.endsWith('/sw.js') || url.pathname.endsWith('/sw-precache.js');

/** data/ URLs carry the catalog's version (`?v=`, src/catalog/fetch-queue.ts); this cache is one build's, so the path is the key. */
const isData = (url) => url.pathname.startsWith(`${SCOPE.pathname}data/`);

/** fonts/font-faces.json carries its own version (`?v=`, scripts/vite-plugin-atlas-fonts.ts): keyed by path, as data/. */
const isFontFaces = (url) => url.origin === SCOPE.origin && url.pathname === new URL('fonts/font-faces.json', SCOPE).pathname;

const isFresh = (url, request) => request.mode === 'navigate' || isData(url) || isFontFaces(url);

/** The page for any link into the atlas (`?park=…`): one index.html serves every query. */
const isShell = (url, request) => request.mode === 'navigate' && (url.pathname === SCOPE.pathname || `${url.origin}${url.pathname}` === SHELL);
/** Versioned files are kept by path (one build's cache), everything else by its whole URL. */
const fileKey = (url) => (isData(url) || isFontFaces(url) ? `${url.origin}${url.pathname}` : url.href);
const cacheKey = (url, request) => (isShell(url, request) ? SHELL : fileKey(url));

/**
 * A host that redirects index.html to its folder leaves a "redirected" response in the cache,
 * which a browser refuses as the answer to a navigation: hand over a plain copy instead.
 */
const plain = (response) => (response?.redirected
  ? new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers })
  : response);

async function put(key, response) {
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(key, response.clone());
  }
  return response;
}

async function networkFirst(request, key) {
  const cached = caches.match(key, { cacheName: CACHE });
  let timer;
  // Revalidated with the server every time: a host that sends no Cache-Control (nginx's default)
  // lets a browser call a month-old deploy's files fresh for days, and readers would see old figures.
  const network = fetch(request, { cache: 'no-cache' }).then((response) => put(key, response));
  network.catch(() => {}); // when the cache answered first, a later failure is nobody's concern
  const timeout = new Promise((resolve) => { timer = setTimeout(resolve, NETWORK_TIMEOUT_MS); });
  try {
    const first = await Promise.race([network, timeout.then(() => cached.then(plain))]);
    if (first) return first;
    return await network;
  } catch (error) {
    const fallback = plain(await cached);
    if (fallback) return fallback;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function cacheFirst(request, key) {
  const cached = await caches.match(key, { cacheName: CACHE });
  return cached ?? put(key, await fetch(request));
}

/**
 * The page loads its first view before this worker controls it, so the font files that view used
 * never passed through here. The page sends their URLs once it is controlled (register-sw.ts);
 * caching them now makes that same view work offline. Answered on the message's port when done.
 */
/**
 * Updates (register-sw.ts): a new build's worker waits while an older one serves open pages. The
 * page asks whether it is this build ('is-current': its <meta name="atlas-build"> is our version) to
 * decide whether to say "updated — reload", and the reader's reload button sends 'skip-waiting'.
 */
self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') void self.skipWaiting();
  if (event.data?.type === 'is-current') event.ports[0]?.postMessage({ current: event.data.build === version });
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-urls' || !Array.isArray(event.data.urls)) return;
  const done = () => event.ports[0]?.postMessage({ type: 'cached' });
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(event.data.urls.map(async (href) => {
    const url = new URL(href, SCOPE);
    const key = fileKey(url);
    if (!inScope(url) || isOwnScript(url) || await cache.match(key)) return;
    try { await put(key, await fetch(url.href)); } catch { /* gone or offline: it will be fetched when used */ }
  }))).then(done, done));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !inScope(url)) return;
  // Range requests (media) and the worker's own files are never ours to answer.
  if (request.headers.has('range') || isOwnScript(url)) return;
  const key = cacheKey(url, request);
  event.respondWith(isFresh(url, request) ? networkFirst(request, key) : cacheFirst(request, key));
});
