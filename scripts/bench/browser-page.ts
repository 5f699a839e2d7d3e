import type { Browser, Page } from 'playwright-core';

/**
 * One bench page load in Debian's Chromium through playwright-core: a fresh context (cold cache),
 * a probe installed before any page script, and what the page reports once its map is first idle.
 * The bench's sections (browser.ts, browser-synthetic.ts) alternate these loads.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What every bench page is drawn with: software WebGL, as on the CI machines (no GPU here). */
export const RENDER_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu'];
/** Software WebGL and a quiet browser: no background fetches, updates or sync (the bench's pages and Lighthouse's). */
export const QUIET_FLAGS = [
  ...RENDER_ARGS,
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The e2e harness's flags (tests/e2e/browser.ts), plus gc() for heap readings. */
export const FLAGS = [
  '--headless',
  ...QUIET_FLAGS,
  '--js-flags=--expose-gc',
  // Offline like the e2e suite, without intercepting each request (interception costs a round trip
  // to Node per request, which would weigh on 2,500 park files): other hosts do not resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const VIEWPORT = { width: 1280, height: 800 };

// In-page code is passed as strings: tsx may wrap functions in helpers the page does not have.

/** Installed before any page script: when the map first reports idle, the panel is shown loaded, the catalog is no longer busy. */
const PROBE = `(() => {
  const marks = (window.__bench = {});
  const mark = (k) => { if (!(k in marks)) marks[k] = performance.now(); };
  let state;
  const check = () => {
    if (document.querySelector('[data-map-state="idle"]')) mark('idle');
    // Settled: the last time the map became idle again (new data re-cuts its tiles after a first idle).
    const now = document.querySelector('[data-map-state]')?.getAttribute('data-map-state');
    if (now === 'idle' && state !== 'idle') marks.settled = performance.now();
    state = now;
    // The panel counts once it is loaded: a park still loading shows its name at once, busy.
    const h = document.getElementById('panel-heading');
    if (h && h.textContent && !document.querySelector('[aria-labelledby="panel-heading"][aria-busy="true"]')) mark('panel');
    if (document.querySelector('main[aria-busy="false"]')) mark('catalog');
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state', 'aria-busy'] });
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** What one load reports: ms since navigation start (performance.now() in the page). */
export type LoadResult = {
  idle: number;
  /** The map's last `idle` by the time it was read (after `settleMs`, when the load waits that long). */
  settled?: number;
  panel?: number;
  catalog?: number;
  fcp?: number;
  fp?: number;
  measures: Record<string, number>;
  problems: number;
  camera?: string;
  size?: { w: number; h: number };
  /** Main-thread tasks over 50 ms: [start, duration]. */
  longTasks?: [number, number][];
};

const READ_RESULT = `(() => {
  const paint = (n) => performance.getEntriesByName(n)[0]?.startTime;
  const measures = {};
  for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('atlas-')) measures[m.name] = m.duration;
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('atlas-')) measures[m.name + ' (at)'] = m.startTime;
  const alert = document.querySelector('[aria-labelledby="dataset-errors"]');
  const more = alert && /and (\\d+) more/.exec(alert.textContent || '');
  const problems = alert ? alert.querySelectorAll('li').length + (more ? Number(more[1]) : 0) : 0;
  const canvas = document.querySelector('.map-canvas');
  const r = canvas && canvas.getBoundingClientRect();
  return {
    ...window.__bench, longTasks: window.__longTasks, fcp: paint('first-contentful-paint'), fp: paint('first-paint'), measures, problems,
    camera: new URL(location.href).searchParams.get('map') || undefined,
    size: r ? { w: Math.round(r.width), h: Math.round(r.height) } : undefined,
  };
})()`;

type PageOptions = { serviceWorker?: boolean };

async function newPage(browser: Browser, url: string, { serviceWorker = false }: PageOptions = {}) {
  const origin = new URL(url).origin;
  // Service workers blocked like the e2e suite, unless asked for (the atlas registers one on load).
  const context = await browser.newContext({
    viewport: VIEWPORT,
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  });
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) errors.push(`external request: ${u}`);
  });
  return { page, close: () => context.close(), errors };
}

/**
 * Waits until an expression is true in the page. Not page.waitForFunction: with a string it
 * evaluates through eval(), which the atlas's Content-Security-Policy (script-src 'self') refuses.
 */
export async function poll(page: Page, expression: string, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${expression} at ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Opens `url` in a fresh context and waits for the first idle. */
export async function load(
  browser: Browser,
  url: string,
  { keep = false, timeout = 120_000, settleMs = 0, ...options }: PageOptions & { keep?: boolean; timeout?: number; settleMs?: number } = {},
) {
  const { page, close, errors } = await newPage(browser, url, options);
  await page.goto(url, { waitUntil: 'commit' });
  await poll(page, 'window.__bench && window.__bench.idle !== undefined', timeout);
  if (settleMs) await page.waitForTimeout(settleMs);
  const result = (await page.evaluate(READ_RESULT)) as LoadResult;
  if (errors.length) console.error(`bench: page errors at ${url}: ${errors.slice(0, 3).join(' | ')}`);
  if (process.env.BENCH_VERBOSE) console.error(`bench: ${url} ${JSON.stringify(result)}`);
  if (!keep) await close();
  return { result, page, close };
}

/**
 * JS heap after a full GC, from the DevTools protocol: the page's main thread, and its dedicated
 * workers (MapLibre's, which hold the tiled GeoJSON), reached by auto-attaching to them.
 */
export async function heap(page: Page): Promise<{ main: number; workers?: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize: main } = await cdp.send('Runtime.getHeapUsage');
    const workers: string[] = [];
    const replies = new Map<number, (result: { usedSize?: number } | undefined) => void>();
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') workers.push(e.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const message = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
      if (message.id !== undefined) replies.get(message.id)?.(message.result);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    await new Promise((r) => setTimeout(r, 300));
    let next = 1;
    const ask = (sessionId: string, method: string) =>
      new Promise<{ usedSize?: number } | undefined>((resolve) => {
        const id = next++;
        replies.set(id, resolve);
        setTimeout(() => resolve(undefined), 10_000);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    let total = 0;
    for (const sessionId of workers) {
      await ask(sessionId, 'HeapProfiler.collectGarbage');
      total += (await ask(sessionId, 'Runtime.getHeapUsage'))?.usedSize ?? 0;
    }
    return { main, workers: workers.length ? total : undefined };
  } finally {
    await cdp.detach();
  }
}
