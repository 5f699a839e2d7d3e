import { mkdirSync, writeFileSync } from 'node:fs';
import { benchBrowser } from './bench/browser';
import { benchBuild } from './bench/build';
import { benchBundle } from './bench/bundle';
import { benchCatalog } from './bench/catalog';
import { benchHistory } from './bench/history';
import { benchLighthouse } from './bench/lighthouse';
import { benchPan } from './bench/pan';
import { benchTimeTable } from './bench/time-table';
import type { Row } from './bench/measure';

/**
 * `npm run bench`: measurements, not tests. Figures drift on shared 2-core machines, so each
 * section compares against a floor measured in the same run and reports the ratio.
 * Sections: catalog (parse/validate/index/search at scale, in Node), bundle (gzipped build
 * against the floor), browser (bare MapLibre vs the atlas, real and synthetic catalogs, in
 * Chromium), lighthouse. Pass section names to run a subset (`npm run bench -- browser`),
 * `--no-lighthouse` to skip Lighthouse, `--rounds=N` for the browser's alternating rounds and the time-table's moves.
 */
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = option('rounds') ? Number(option('rounds')) : undefined;

const sections: Record<string, () => Row[] | Promise<Row[]>> = {
  catalog: benchCatalog,
  bundle: async () => benchBundle(await benchBuild()),
  browser: () => benchBrowser({ rounds }),
  lighthouse: async () => benchLighthouse(await benchBuild()),
  // Issue 15: timeline and projects table at 100,000 synthetic projects (`npm run bench -- time-table`).
  'time-table': () => benchTimeTable(rounds),
  // Issue 17: release snapshot sizes and the changes' build time, real and synthetic (`npm run bench -- history`).
  history: benchHistory,
  // Issue 12: a camera move with a filter on sends the map no data (`npm run bench -- pan`).
  pan: () => benchPan(),
};

const unknown = args.filter((a) => !a.startsWith('--') && !(a in sections));
if (unknown.length) throw new Error(`unknown bench section(s): ${unknown.join(', ')} (known: ${Object.keys(sections).join(', ')})`);
const wanted = args.filter((a) => a in sections);
const skip = new Set(args.includes('--no-lighthouse') ? ['lighthouse'] : []);
const rows: Row[] = [];
for (const [name, run] of Object.entries(sections)) {
  if ((wanted.length && !wanted.includes(name)) || skip.has(name)) continue;
  console.error(`bench: ${name}…`);
  const started = performance.now();
  try {
    rows.push(...(await run()));
  } catch (error) {
    // One section failing (no Chromium, a build broken by work in progress) still reports the others.
    console.error(`bench: ${name} failed: ${(error as Error).stack ?? error}`);
    rows.push({ section: name, measure: 'FAILED', value: (error as Error).message.split('\n')[0]!.slice(0, 120) });
  }
  console.error(`bench: ${name} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const met = (m: boolean | undefined) => (m === undefined ? '' : m ? 'met' : 'NOT met');
// Long values (Lighthouse's failing audits) are cut in the table; bench-results/latest.json has them whole.
const cut = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
console.table(
  rows.map(({ section, measure, value, ratio, target, met: m }) => ({
    section,
    measure,
    value: cut(value),
    ratio: ratio ?? '',
    target: target ?? '',
    met: met(m),
  })),
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), args, rows }, null, 2)}\n`);
if (rows.some((r) => r.measure === 'FAILED')) process.exitCode = 1;
