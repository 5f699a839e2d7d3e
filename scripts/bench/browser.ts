import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { benchBuild, runFolder, serve } from './build';
import { fmtMedian, fmtRatios, mb, median, roundRatios, type Row } from './measure';
import { buildSyntheticSite } from './synthetic-site';

/**
 * Browser timings, in Debian's Chromium through playwright-core, against the
 * production build served by vite preview. Absolute times drift on shared machines, so the bare
 * MapLibre page (same basemap style, no app) is measured in the same run, alternating with the
 * atlas, each load in a fresh browser context (cold cache), and the atlas is reported as a ratio.
 * A second floor, the same page with the atlas's own layers and map data (scripts/bench/bare),
 * splits the gap into what the map draws and what the app adds.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What every bench page is drawn with: software WebGL, as on the CI machines (no GPU here). */
export const RENDER_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu'];
/** The e2e harness's flags (tests/e2e/browser.ts), plus gc() for heap readings. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--js-flags=--expose-gc',
  // Offline like the e2e suite, without intercepting each request (interception costs a round trip
  // to Node per request, which would weigh on 2,500 park files): other hosts do not resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const VIEWPORT = { width: 1280, height: 800 };
const DEEP_PROJECT = 'genescience-pharma-park';
const SYNTH = { parks: 2500, projectsPerPark: 40 };
/** How long a synthetic load stays open after its first idle, to see whether the map settled there. */
const SETTLE_MS = 5000;

export type BrowserOptions = { rounds?: number; synthRounds?: number };

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

/**
 * From the app's start (src/main.tsx's mark) to the loaded panel. First paint is index.html's
 * static frame, drawn before the app's script runs, so first paint → panel also counts the script's
 * download and evaluation; this row is the app's own part of it.
 */
const fromAppStart = (results: LoadResult[]) =>
  results.map((r) => (r.panel ?? NaN) - (r.measures['atlas-app-start (at)'] ?? NaN)).filter(Number.isFinite);

/** What one load reports: ms since navigation start (performance.now() in the page). */
type LoadResult = {
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
async function poll(page: Page, expression: string, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${expression} at ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Opens `url` in a fresh context and waits for the first idle. */
async function load(
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
async function heap(page: Page): Promise<{ main: number; workers?: number }> {
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

/**
 * Arms a timer in the page: from the next event of `trigger` (its timeStamp) until #panel-heading
 * shows a new text, then to the next animation frame (about when it is painted).
 */
const ARM_HEADING = (trigger: 'click' | 'Enter') => `(() => {
  const before = document.getElementById('panel-heading')?.textContent ?? '';
  window.__sel = new Promise((resolve) => {
    let t0;
    const type = ${JSON.stringify(trigger === 'click' ? 'click' : 'keydown')};
    const onEvent = (e) => { if (t0 === undefined && (type === 'click' || e.key === 'Enter')) t0 = e.timeStamp; };
    window.addEventListener(type, onEvent, true);
    const done = () => {
      const h = document.getElementById('panel-heading');
      if (t0 === undefined || !h || !h.textContent || h.textContent === before) return;
      const dom = performance.now();
      obs.disconnect();
      window.removeEventListener(type, onEvent, true);
      requestAnimationFrame(() => resolve({ dom: dom - t0, frame: performance.now() - t0, heading: h.textContent }));
    };
    const obs = new MutationObserver(done);
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => resolve({ dom: NaN, frame: NaN, heading: 'timeout' }), 30000);
  });
})()`;

/** Arms a timer: from the next keydown until the search listbox stops changing (last mutation, 500 ms quiet). */
const ARM_RESULTS = `(() => {
  const list = document.querySelector('[role="listbox"]');
  window.__res = new Promise((resolve) => {
    let t0, last;
    const onKey = (e) => { if (t0 === undefined) t0 = e.timeStamp; };
    window.addEventListener('keydown', onKey, true);
    const obs = new MutationObserver(() => { if (t0 !== undefined) last = performance.now(); });
    obs.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
    const finish = () => {
      obs.disconnect();
      window.removeEventListener('keydown', onKey, true);
      resolve({ ms: last === undefined || t0 === undefined ? NaN : last - t0, options: list.querySelectorAll('[role="option"]').length });
    };
    // Done 500 ms after the last change; before the first change, wait (building the index takes a while).
    const tick = setInterval(() => {
      if (t0 === undefined) return;
      const now = performance.now();
      if ((last !== undefined && now - last > 500) || now - t0 > 20000) { clearInterval(tick); finish(); }
    }, 50);
  });
})()`;

type Interaction = { searchSelect: number[]; listSelect: number[]; firstKey: number[]; lastKey: number[]; headings: Set<string> };

/**
 * In one page at idle: search (type, ArrowDown, Enter → heading) and list (click a park link →
 * heading), alternating between two targets so the heading always changes.
 */
async function interactions(page: Page, searches: readonly string[], listParks: readonly string[], reps: number): Promise<Interaction> {
  const out: Interaction = { searchSelect: [], listSelect: [], firstKey: [], lastKey: [], headings: new Set() };
  const input = page.getByRole('combobox').first();
  const panel = page.getByRole('complementary').first();
  for (let i = 0; i < reps; i++) {
    const query = searches[i % searches.length]!;
    await input.click();
    await input.fill('');
    await page.evaluate(ARM_RESULTS);
    await page.keyboard.type(query.slice(0, 1));
    const first = (await page.evaluate('window.__res')) as { ms: number };
    out.firstKey.push(first.ms);
    await page.keyboard.type(query.slice(1, -1));
    await page.waitForTimeout(400);
    await page.evaluate(ARM_RESULTS);
    await page.keyboard.type(query.slice(-1));
    const last = (await page.evaluate('window.__res')) as { ms: number; options: number };
    if (!last.options) throw new Error(`search "${query}" found nothing`);
    out.lastKey.push(last.ms);
    await page.keyboard.press('ArrowDown');
    await page.evaluate(ARM_HEADING('Enter'));
    await page.keyboard.press('Enter');
    const sel = (await page.evaluate('window.__sel')) as { frame: number; heading: string };
    out.searchSelect.push(sel.frame);
    out.headings.add(sel.heading);

    // Back to the list, then choose a park there.
    await panel
      .getByRole('link', { name: /All parks/ })
      .first()
      .click();
    // The link reads "English name 中文名": match the English name as a whole.
    const name = new RegExp(`^${listParks[i % listParks.length]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
    const link = page.getByRole('navigation', { name: 'Parks' }).getByRole('link', { name }).first();
    await link.waitFor();
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(ARM_HEADING('click'));
    await link.click();
    const pick = (await page.evaluate('window.__sel')) as { frame: number; heading: string };
    out.listSelect.push(pick.frame);
    out.headings.add(pick.heading);
  }
  return out;
}

const pick = (results: LoadResult[], key: 'idle' | 'settled' | 'panel' | 'catalog' | 'fcp') =>
  results.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
const x = (a: number, b: number) => `${(a / b).toFixed(2)}× bare`;

export async function benchBrowser({ rounds = 7, synthRounds = 3 }: BrowserOptions = {}): Promise<Row[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`the browser bench needs Debian's Chromium at ${CHROMIUM} (or set CHROMIUM_PATH)`);
  const dist = await benchBuild();
  const synthOut = runFolder('synth');
  console.error(`bench: writing the synthetic catalog into ${synthOut}…`);
  const synthDir = buildSyntheticSite(dist, synthOut, SYNTH);
  const real = await serve(dist);
  const synth = await serve(synthDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const rows: Row[] = [];
  const S = 'browser';
  try {
    // Warm-up (not counted): fills the OS file cache, and tells the bare page the atlas's map size and settled camera.
    const warm = (await load(browser, real.url)).result;
    const bareQuery = (r: LoadResult) => `bare/?w=${r.size?.w ?? ''}&h=${r.size?.h ?? ''}&map=${r.camera ?? ''}`;
    await load(browser, real.url + bareQuery(warm));
    const deepUrl = `${real.url}?project=${DEEP_PROJECT}`;

    const bare: LoadResult[] = [];
    const atlas: LoadResult[] = [];
    const content: LoadResult[] = [];
    const deep: LoadResult[] = [];
    const sw: LoadResult[] = [];
    for (let i = 0; i < rounds; i++) {
      console.error(`bench: browser round ${i + 1}/${rounds}`);
      // Alternate, and rotate who goes first, so drift on a shared machine spreads over all of them.
      const runs: (() => Promise<void>)[] = [
        async () => {
          bare.push((await load(browser, real.url + bareQuery(warm))).result);
        },
        async () => {
          atlas.push((await load(browser, real.url)).result);
        },
        async () => {
          content.push((await load(browser, `${real.url}${bareQuery(warm)}&content=real`)).result);
        },
        async () => {
          deep.push((await load(browser, deepUrl)).result);
        },
        async () => {
          sw.push((await load(browser, real.url, { serviceWorker: true })).result);
        },
      ];
      for (let k = 0; k < runs.length; k++) await runs[(k + i) % runs.length]!();
    }
    const bareIdle = median(pick(bare, 'idle'));
    const atlasIdle = median(pick(atlas, 'idle'));
    const ratio = atlasIdle / bareIdle;
    const contentIdle = median(pick(content, 'idle'));
    const deepPanel = pick(deep, 'panel');
    const afterPaint = deep.map((r) => (r.panel ?? NaN) - (r.fcp ?? r.fp ?? NaN)).filter(Number.isFinite);
    rows.push(
      {
        section: S,
        measure: `bare MapLibre, same basemap: navigation → first idle (floor; map ${warm.size?.w}×${warm.size?.h}, view ${warm.camera})`,
        value: fmtMedian(pick(bare, 'idle')),
      },
      {
        section: S,
        measure: 'atlas: navigation → first idle (map data drawn)',
        value: fmtMedian(pick(atlas, 'idle')),
        ratio: x(atlasIdle, bareIdle),
        target: '≤ 1.25× bare',
        met: ratio <= 1.25,
      },
      {
        // Where the gap is: what the atlas's map draws (its layers, labels in two scripts, the
        // catalog's map data) against what the app adds (scripts, loading the catalog, React).
        section: S,
        measure: "content floor: bare MapLibre + the atlas's own layers and map data (no app) → first idle",
        value: fmtMedian(pick(content, 'idle')),
        ratio: x(contentIdle, bareIdle),
      },
      {
        section: S,
        measure: "atlas ÷ content floor: the app's own share of first idle",
        value: `${(atlasIdle / contentIdle).toFixed(2)}×`,
      },
      {
        // The same ratios taken within each round, which a machine slowing for a while skews less.
        section: S,
        measure: 'first idle, round by round: atlas ÷ bare',
        value: fmtRatios(roundRatios(pick(atlas, 'idle'), pick(bare, 'idle'))),
      },
      {
        section: S,
        measure: 'first idle, round by round: content floor ÷ bare',
        value: fmtRatios(roundRatios(pick(content, 'idle'), pick(bare, 'idle'))),
      },
      {
        section: S,
        measure: 'first idle, round by round: atlas ÷ content floor',
        value: fmtRatios(roundRatios(pick(atlas, 'idle'), pick(content, 'idle'))),
      },
      {
        section: S,
        measure: 'atlas with its service worker allowed (installs on load): → first idle',
        value: fmtMedian(pick(sw, 'idle')),
        ratio: x(median(pick(sw, 'idle')), bareIdle),
      },
      { section: S, measure: 'atlas: first contentful paint', value: fmtMedian(pick(atlas, 'fcp')) },
      { section: S, measure: 'atlas: catalog published (main aria-busy=false)', value: fmtMedian(pick(atlas, 'catalog')) },
      ...measureRows(S, 'atlas', atlas),
      { section: S, measure: `deep link ?project=${DEEP_PROJECT}: navigation → panel loaded`, value: fmtMedian(deepPanel) },
      {
        section: S,
        measure: 'deep link: first paint → panel loaded',
        value: fmtMedian(afterPaint),
        target: '≤ 300 ms',
        met: median(afterPaint) <= 300,
      },
      {
        section: S,
        measure: "deep link: the app's start (its script run once index.html's frame is painted) → panel loaded",
        value: fmtMedian(fromAppStart(deep)),
      },
      {
        section: S,
        measure: 'deep link: navigation → first idle (camera at the project, zoom 14)',
        value: fmtMedian(pick(deep, 'idle')),
        ratio: x(median(pick(deep, 'idle')), bareIdle),
      },
      ...measureRows(S, 'deep link', deep),
    );

    console.error('bench: browser interactions (real catalog)');
    const session = await load(browser, real.url, { keep: true });
    const realHeap = await heap(session.page);
    const realUi = await interactions(
      session.page,
      ['hangzhou b', 'genescience'],
      ['Changchun Pharmaceutical Valley', 'Suzhou Industrial Park'],
      7,
    );
    await session.close();
    rows.push(
      {
        section: S,
        measure: 'select from search: Enter → panel heading (next frame)',
        value: fmtMedian(realUi.searchSelect),
        target: '≤ 100 ms',
        met: median(realUi.searchSelect) <= 100,
      },
      {
        section: S,
        measure: 'select from list: click → panel heading (next frame)',
        value: fmtMedian(realUi.listSelect),
        target: '≤ 100 ms',
        met: median(realUi.listSelect) <= 100,
      },
      {
        section: S,
        measure: 'search: last keystroke → options updated',
        value: fmtMedian(realUi.lastKey.filter(Number.isFinite)),
        target: '≤ 50 ms',
        met: median(realUi.lastKey.filter(Number.isFinite)) <= 50,
      },
      { section: S, measure: 'JS heap after GC at idle: main thread', value: mb(realHeap.main) },
      ...(realHeap.workers !== undefined
        ? [{ section: S, measure: 'JS heap after GC at idle: MapLibre workers', value: mb(realHeap.workers) }]
        : []),
    );

    // Synthetic: 2,500 parks, 100,000 projects.
    const sWarm = (await load(browser, synth.url, { timeout: 300_000 })).result;
    const sBareQuery = real.url + bareQuery(sWarm);
    const sDeepUrl = `${synth.url}?project=synthetic-park-1234-project-7`;
    const sBare: LoadResult[] = [];
    const sAtlas: LoadResult[] = [];
    const sDeep: LoadResult[] = [];
    const sSw: LoadResult[] = [];
    for (let i = 0; i < synthRounds; i++) {
      console.error(`bench: browser synthetic round ${i + 1}/${synthRounds}`);
      const runs: (() => Promise<void>)[] = [
        async () => {
          sBare.push((await load(browser, sBareQuery)).result);
        },
        async () => {
          sAtlas.push((await load(browser, synth.url, { timeout: 300_000, settleMs: SETTLE_MS })).result);
        },
        async () => {
          sDeep.push((await load(browser, sDeepUrl, { timeout: 300_000 })).result);
        },
        async () => {
          sSw.push((await load(browser, synth.url, { timeout: 300_000, serviceWorker: true })).result);
        },
      ];
      for (let k = 0; k < runs.length; k++) await runs[(k + i) % runs.length]!();
    }
    const sBareIdle = median(pick(sBare, 'idle'));
    const sIdle = median(pick(sAtlas, 'idle'));
    const sAfterPaint = sDeep.map((r) => (r.panel ?? NaN) - (r.fcp ?? r.fp ?? NaN)).filter(Number.isFinite);
    const T = 'browser 100k';
    rows.push(
      {
        section: T,
        measure: `bare MapLibre at the synthetic atlas's view (floor; ${sWarm.camera})`,
        value: fmtMedian(pick(sBare, 'idle')),
      },
      {
        section: T,
        measure: `atlas, ${SYNTH.parks} parks / ${SYNTH.parks * SYNTH.projectsPerPark} projects: navigation → first idle`,
        value: fmtMedian(pick(sAtlas, 'idle')),
        ratio: x(sIdle, sBareIdle),
        target: '≤ 2× bare',
        met: sIdle / sBareIdle <= 2,
      },
      {
        section: T,
        measure: 'first idle, round by round: atlas ÷ bare',
        value: fmtRatios(roundRatios(pick(sAtlas, 'idle'), pick(sBare, 'idle'))),
      },
      {
        section: T,
        measure: `map settled: its last idle within ${SETTLE_MS / 1000} s of the first (the list's first park files re-cut the map's tiles when they land after it)`,
        value: fmtMedian(pick(sAtlas, 'settled')),
        ratio: x(median(pick(sAtlas, 'settled')), sBareIdle),
      },
      {
        section: T,
        measure: 'with its service worker allowed (installs; park files cached as fetched): → first idle',
        value: fmtMedian(pick(sSw, 'idle')),
        ratio: x(median(pick(sSw, 'idle')), sBareIdle),
      },
      { section: T, measure: 'catalog published (main aria-busy=false)', value: fmtMedian(pick(sAtlas, 'catalog')) },
      ...measureRows(T, 'atlas', sAtlas),
      {
        section: T,
        measure: 'dataset problems shown (must be 0: every file fetched loads)',
        value: String(Math.max(...sAtlas.map((r) => r.problems))),
        target: '0',
        met: sAtlas.every((r) => r.problems === 0),
      },
      { section: T, measure: 'deep link ?project=…: navigation → panel loaded', value: fmtMedian(pick(sDeep, 'panel')) },
      {
        section: T,
        measure: 'deep link: first paint → panel loaded',
        value: fmtMedian(sAfterPaint),
        target: '≤ 300 ms',
        met: median(sAfterPaint) <= 300,
      },
      {
        section: T,
        measure: "deep link: the app's start (its script run once index.html's frame is painted) → panel loaded",
        value: fmtMedian(fromAppStart(sDeep)),
      },
      {
        section: T,
        measure: 'deep link: navigation → first idle',
        value: fmtMedian(pick(sDeep, 'idle')),
        ratio: x(median(pick(sDeep, 'idle')), sBareIdle),
      },
      ...measureRows(T, 'deep link', sDeep),
    );

    console.error('bench: browser interactions (synthetic catalog)');
    const sSession = await load(browser, synth.url, { keep: true, timeout: 300_000 });
    const sHeap = await heap(sSession.page);
    // The list shows its first page of parks (LIST_PAGE, in id order: synthetic-park-0, -1, -10, -100, …).
    const sUi = await interactions(
      sSession.page,
      ['synthetic park 1234', 'project 7 of park 2345'],
      ['Synthetic park 10', 'Synthetic park 1'],
      5,
    );
    const sHeapSearch = await heap(sSession.page);
    await sSession.close();
    rows.push(
      {
        section: T,
        measure: 'JS heap after GC at idle: main thread',
        value: mb(sHeap.main),
        target: '< 300 MB',
        met: sHeap.main < 300 * 1024 * 1024,
      },
      ...(sHeap.workers !== undefined
        ? [{ section: T, measure: 'JS heap after GC at idle: MapLibre workers (not in the target)', value: mb(sHeap.workers) }]
        : []),
      {
        section: T,
        measure: 'JS heap after GC with the search index built: main thread',
        value: mb(sHeapSearch.main),
        target: '< 300 MB',
        met: sHeapSearch.main < 300 * 1024 * 1024,
      },
      { section: T, measure: 'search: first keystroke → options (builds the index)', value: fmtMedian(sUi.firstKey.slice(0, 1)) },
      {
        section: T,
        measure: 'search: last keystroke → options updated',
        value: fmtMedian(sUi.lastKey.filter(Number.isFinite)),
        target: '≤ 50 ms',
        met: median(sUi.lastKey.filter(Number.isFinite)) <= 50,
      },
      {
        section: T,
        measure: 'select from search: Enter → panel heading (next frame)',
        value: fmtMedian(sUi.searchSelect),
        target: '≤ 100 ms',
        met: median(sUi.searchSelect) <= 100,
      },
      {
        section: T,
        measure: 'select from list: click → panel heading (next frame)',
        value: fmtMedian(sUi.listSelect),
        target: '≤ 100 ms',
        met: median(sUi.listSelect) <= 100,
      },
    );
    console.error(`bench: headings reached: ${[...realUi.headings, ...sUi.headings].join(' | ')}`);
  } finally {
    await browser.close();
    await real.close();
    await synth.close();
  }
  return rows;
}

/** The loader's own user timings (performance.measure 'atlas-…'), when the build has them. */
function measureRows(section: string, who: string, results: LoadResult[]): Row[] {
  const names = [...new Set(results.flatMap((r) => Object.keys(r.measures)))].sort();
  return names.map((name) => ({
    section,
    measure: `${who}: ${name} (user timing)`,
    value: fmtMedian(results.map((r) => r.measures[name]).filter((v): v is number => v !== undefined)),
  }));
}
