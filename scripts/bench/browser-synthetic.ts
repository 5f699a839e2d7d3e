import type { Browser } from 'playwright-core';
import { fmtMedian, fmtRatios, mb, median, roundRatios, type Row } from './measure';
import { interactions } from './browser-interactions';
import { heap, load, type LoadResult } from './browser-page';
import { deepLinkRows, interactionRows, measureRows, pick, x } from './browser-rows';

export const SYNTH = { parks: 2500, projectsPerPark: 40 };
/** How long a synthetic load stays open after its first idle, to see whether the map settled there. */
const SETTLE_MS = 5000;

/**
 * The synthetic catalog (SYNTH: 2,500 parks, 100,000 projects, served at `synthUrl`) against the
 * bare MapLibre page at its view (served from `realUrl`'s bare/), alternated round by round.
 */
export async function benchSynthetic(browser: Browser, realUrl: string, synthUrl: string, rounds: number): Promise<Row[]> {
  const rows: Row[] = [];
  const bareQuery = (r: LoadResult) => `bare/?w=${r.size?.w ?? ''}&h=${r.size?.h ?? ''}&map=${r.camera ?? ''}`;
  const synth = { url: synthUrl };
  const real = { url: realUrl };
  const sWarm = (await load(browser, synth.url, { timeout: 300_000 })).result;
  const sBareQuery = real.url + bareQuery(sWarm);
  const sDeepUrl = `${synth.url}?project=synthetic-park-1234-project-7`;
  const sBare: LoadResult[] = [];
  const sAtlas: LoadResult[] = [];
  const sDeep: LoadResult[] = [];
  const sSw: LoadResult[] = [];
  for (let i = 0; i < rounds; i++) {
    console.error(`bench: browser synthetic round ${i + 1}/${rounds}`);
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
    ...deepLinkRows(T, sDeep, sBareIdle, '?project=…'),
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
    ...interactionRows(T, sUi),
  );
  console.error(`bench: headings reached (synthetic): ${[...sUi.headings].join(' | ')}`);
  return rows;
}
