import { mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM, QUIET_FLAGS, RENDER_ARGS } from './browser-page';
import { serve } from './build';
import { fmtMedian, median, type Row } from './measure';

/**
 * Lighthouse (npm `lighthouse`, driving Debian's Chromium through chrome-launcher: no browser is
 * downloaded) against the served bench build: performance, accessibility and best-practices
 * scores, mobile (Lighthouse's default: emulated phone, simulated slow 4G and 4× CPU slowdown) and
 * desktop. Reports are kept in bench-results/lighthouse-<preset>[-bare].json. Skip with `--no-lighthouse`.
 */
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const FLAGS = ['--headless=new', ...QUIET_FLAGS];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

type Run = { scores: Record<string, number>; metrics: Record<string, number>; failing: string[] };

type Screen = { width: number; height: number; deviceScaleFactor: number; mobile: boolean };

/**
 * The view the atlas settles on at first load on Lighthouse's emulated screen (the phone's fit is
 * not the desktop's), and its map area's size, so the bare page (the floor) draws the same map.
 */
async function settledView(url: string, screen: Screen): Promise<string> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: RENDER_ARGS,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.deviceScaleFactor,
      isMobile: screen.mobile,
      hasTouch: screen.mobile,
    });
    await page.goto(url);
    await page.locator('[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 120_000 });
    const box = await page.locator('.map-canvas').boundingBox();
    const map = new URL(page.url()).searchParams.get('map') ?? '';
    return `w=${Math.round(box?.width ?? 0)}&h=${Math.round(box?.height ?? 0)}&map=${map}`;
  } finally {
    await browser.close();
  }
}

/** A failed load says what the page's document got (status or network error), not only Lighthouse's code. */
function loadFailure(url: string, code: string, artifacts: unknown): string {
  const { DevtoolsLog, DevtoolsLogError } = artifacts as { DevtoolsLog?: LogEvent[]; DevtoolsLogError?: LogEvent[] };
  const log = DevtoolsLogError ?? DevtoolsLog ?? [];
  const id = log.find((e) => e.method === 'Network.requestWillBeSent' && e.params.type === 'Document' && e.params.request?.url === url)
    ?.params.requestId;
  const status = log.find((e) => e.method === 'Network.responseReceived' && e.params.requestId === id)?.params.response?.status;
  const failed = log.find((e) => e.method === 'Network.loadingFailed' && e.params.requestId === id)?.params.errorText;
  return `Lighthouse at ${url}: ${code}; the document got ${[status && `HTTP ${status}`, failed].filter(Boolean).join(', ') || 'no response'}`;
}
type LogEvent = {
  method: string;
  params: { requestId?: string; type?: string; request?: { url: string }; response?: { status: number }; errorText?: string };
};

export async function benchLighthouse(dist: string, runs = 3): Promise<Row[]> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const { screenEmulationMetrics } = await import('lighthouse/core/config/constants.js');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serve(dist);
  const rows: Row[] = [];
  mkdirSync('bench-results', { recursive: true });
  try {
    for (const [preset, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      // The floor: the bare MapLibre page with the same basemap, view and map size, measured the same way, runs alternated.
      const view = await settledView(server.url, screenEmulationMetrics[preset]);
      const pages = [
        ['atlas', server.url],
        ['bare MapLibre page', `${server.url}bare/?${view}`],
      ] as const;
      rows.push({ section: `lighthouse ${preset}`, measure: "bare page: the atlas's settled view and map size", value: view });
      const results = new Map<string, Run[]>(pages.map(([name]) => [name, []]));
      for (let i = 0; i < runs; i++) {
        for (const [name, url] of pages) {
          console.error(`bench: lighthouse ${preset} ${name} ${i + 1}/${runs}`);
          // A fresh Chromium per run, as Lighthouse's CLI does: nothing cached from the last one.
          const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
          try {
            const result = await lighthouse(
              url,
              { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
              config,
            );
            if (!result) throw new Error('Lighthouse returned no result');
            const { lhr } = result;
            if (lhr.runtimeError) throw new Error(loadFailure(url, lhr.runtimeError.code, result.artifacts));
            // The first run's reports, the floor's beside the atlas's, to see where the points go.
            if (i === 0)
              writeFileSync(`bench-results/lighthouse-${preset}${name === 'atlas' ? '' : '-bare'}.json`, result.report as string);
            results.get(name)!.push({
              scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])),
              metrics: Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? NaN])),
              failing: Object.values(lhr.audits)
                .filter(
                  (a) =>
                    a.score !== null &&
                    a.score < 0.9 &&
                    a.scoreDisplayMode !== 'informative' &&
                    a.scoreDisplayMode !== 'manual' &&
                    a.scoreDisplayMode !== 'notApplicable',
                )
                .map((a) => a.id),
            });
          } finally {
            await chrome.kill();
          }
        }
      }
      for (const [name] of pages) {
        const S = `lighthouse ${preset}: ${name}`;
        const list = results.get(name)!;
        for (const c of CATEGORIES) {
          const values = list.map((r) => r.scores[c]!);
          rows.push({ section: S, measure: `${c} score (median of ${runs})`, value: `${median(values)} (${values.join(', ')})` });
        }
        for (const m of METRICS) {
          const values = list.map((r) => r.metrics[m]!).filter(Number.isFinite);
          rows.push({ section: S, measure: m, value: m === 'cumulative-layout-shift' ? median(values).toFixed(3) : fmtMedian(values) });
        }
        const failing = [...new Set(list.flatMap((r) => r.failing))].sort();
        if (failing.length) rows.push({ section: S, measure: 'audits below 90 (any run)', value: failing.join(', ') });
      }
      const perf = (name: string) => median(results.get(name)!.map((r) => r.scores.performance!));
      const gap = perf('bare MapLibre page') - perf('atlas');
      rows.push({
        section: `lighthouse ${preset}`,
        measure: 'performance: bare page − atlas (points)',
        value: String(gap),
        target: '≤ 10',
        met: gap <= 10,
      });
    }
  } finally {
    await server.close();
  }
  return rows;
}
