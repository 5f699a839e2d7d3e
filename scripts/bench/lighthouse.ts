import { mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM } from './browser';
import { serve } from './build';
import { fmtMedian, median, type Row } from './measure';

/**
 * Lighthouse (npm `lighthouse`, driving Debian's Chromium through chrome-launcher: no browser is
 * downloaded) against the served bench build: performance, accessibility and best-practices
 * scores, mobile (Lighthouse's default: emulated phone, simulated slow 4G and 4× CPU slowdown) and
 * desktop. Reports are kept in bench-results/lighthouse-*.json. Skip with `--no-lighthouse`.
 */
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

type Run = { scores: Record<string, number>; metrics: Record<string, number>; failing: string[] };

export async function benchLighthouse(dist: string, runs = 3): Promise<Row[]> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serve(dist);
  const rows: Row[] = [];
  mkdirSync('bench-results', { recursive: true });
  try {
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) {
        console.error(`bench: lighthouse ${preset} ${i + 1}/${runs}`);
        // A fresh Chromium per run, as Lighthouse's CLI does: nothing cached from the last one.
        const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
        try {
          const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
          if (!result) throw new Error('Lighthouse returned no result');
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          if (i === 0) writeFileSync(`bench-results/lighthouse-${preset}.json`, result.report as string);
          results.push({
            scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])),
            metrics: Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? NaN])),
            failing: Object.values(lhr.audits)
              .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
              .map((a) => a.id),
          });
        } finally {
          chrome.kill();
        }
      }
      const S = `lighthouse ${preset}`;
      for (const c of CATEGORIES) {
        const values = results.map((r) => r.scores[c]!);
        rows.push({ section: S, measure: `${c} score (median of ${runs})`, value: `${median(values)} (${values.join(', ')})` });
      }
      for (const m of METRICS) {
        const values = results.map((r) => r.metrics[m]!).filter(Number.isFinite);
        rows.push({ section: S, measure: m, value: m === 'cumulative-layout-shift' ? median(values).toFixed(3) : fmtMedian(values) });
      }
      const failing = [...new Set(results.flatMap((r) => r.failing))].sort();
      if (failing.length) rows.push({ section: S, measure: 'audits below 90 (any run)', value: failing.join(', ') });
    }
  } finally {
    await server.close();
  }
  return rows;
}
