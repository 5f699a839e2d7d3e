import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { benchBuild, runFolder, serve, serveLikeAHost } from './build';
import { fmtMedian, fmtRatios, mb, median, roundRatios, type Row } from './measure';
import { interactions } from './browser-interactions';
import { CHROMIUM, FLAGS, heap, load, type LoadResult } from './browser-page';
import { deepLinkRows, interactionRows, measureRows, pick, x } from './browser-rows';
import { hostedRows } from './browser-hosted';
import { benchSynthetic, SYNTH } from './browser-synthetic';
import { buildSyntheticSite } from './synthetic-site';

/**
 * Browser timings, in Debian's Chromium through playwright-core, against the
 * production build served by vite preview. Absolute times drift on shared machines, so the bare
 * MapLibre page (same basemap style, no app) is measured in the same run, alternating with the
 * atlas, each load in a fresh browser context (cold cache), and the atlas is reported as a ratio.
 * A second floor, the same page with the atlas's own layers and map data (scripts/bench/bare),
 * splits the gap into what the map draws and what the app adds.
 */

const DEEP_PROJECT = 'genescience-pharma-park';

export type BrowserOptions = { rounds?: number; synthRounds?: number };

export async function benchBrowser({ rounds = 7, synthRounds = 3 }: BrowserOptions = {}): Promise<Row[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`the browser bench needs Debian's Chromium at ${CHROMIUM} (or set CHROMIUM_PATH)`);
  const dist = await benchBuild();
  const synthOut = runFolder('synth');
  console.error(`bench: writing the synthetic catalog into ${synthOut}…`);
  const synthDir = buildSyntheticSite(dist, synthOut, SYNTH);
  const real = await serve(dist);
  const synth = await serve(synthDir);
  const hosted = await serveLikeAHost(dist);
  if (!hosted) console.error('bench: no nginx here (apt-get install -y nginx): the rows served as hosts do are skipped');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const rows: Row[] = [];
  const S = 'browser';
  try {
    // Warm-up (not counted): fills the OS file cache, and tells the bare page the atlas's map size and settled camera.
    const warm = (await load(browser, real.url)).result;
    const bareQuery = (r: LoadResult) => `bare/?w=${r.size?.w ?? ''}&h=${r.size?.h ?? ''}&map=${r.camera ?? ''}`;
    await load(browser, real.url + bareQuery(warm));
    const deepUrl = `${real.url}?project=${DEEP_PROJECT}`;
    if (hosted) await load(browser, hosted.url);

    const bare: LoadResult[] = [];
    const atlas: LoadResult[] = [];
    const content: LoadResult[] = [];
    const unlabelled: LoadResult[] = [];
    const deep: LoadResult[] = [];
    const sw: LoadResult[] = [];
    const onHost = { bare: [] as LoadResult[], atlas: [] as LoadResult[], deep: [] as LoadResult[] };
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
          unlabelled.push((await load(browser, `${real.url}${bareQuery(warm)}&content=real&labels=none`)).result);
        },
        async () => {
          deep.push((await load(browser, deepUrl)).result);
        },
        async () => {
          sw.push((await load(browser, real.url, { serviceWorker: true })).result);
        },
        // The same build and floor from stock nginx, alternated with the rest.
        ...(hosted
          ? [
              async () => {
                onHost.bare.push((await load(browser, hosted.url + bareQuery(warm))).result);
              },
              async () => {
                onHost.atlas.push((await load(browser, hosted.url)).result);
              },
              async () => {
                onHost.deep.push((await load(browser, `${hosted.url}?project=${DEEP_PROJECT}`)).result);
              },
            ]
          : []),
      ];
      for (let k = 0; k < runs.length; k++) await runs[(k + i) % runs.length]!();
    }
    const bareIdle = median(pick(bare, 'idle'));
    const atlasIdle = median(pick(atlas, 'idle'));
    const ratio = atlasIdle / bareIdle;
    const contentIdle = median(pick(content, 'idle'));
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
        // What the atlas's labels (two scripts, drawn in one frame with the rest) cost the first view.
        section: S,
        measure: "content floor without the atlas's labels (its symbol layers) → first idle",
        value: fmtMedian(pick(unlabelled, 'idle')),
        ratio: x(median(pick(unlabelled, 'idle')), bareIdle),
      },
      {
        section: S,
        measure: 'first idle, round by round: content floor ÷ the same without its labels',
        value: fmtRatios(roundRatios(pick(content, 'idle'), pick(unlabelled, 'idle'))),
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
      ...deepLinkRows(S, deep, bareIdle, `?project=${DEEP_PROJECT}`, ' (camera at the project, zoom 14)'),
    );

    if (hosted) rows.push(...hostedRows(S, onHost));

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
      ...interactionRows(S, realUi),
      { section: S, measure: 'JS heap after GC at idle: main thread', value: mb(realHeap.main) },
      ...(realHeap.workers !== undefined
        ? [{ section: S, measure: 'JS heap after GC at idle: MapLibre workers', value: mb(realHeap.workers) }]
        : []),
    );

    console.error(`bench: headings reached: ${[...realUi.headings].join(' | ')}`);
    rows.push(...(await benchSynthetic(browser, real.url, synth.url, synthRounds)));
  } finally {
    await browser.close();
    await real.close();
    await hosted?.close();
    await synth.close();
  }
  return rows;
}
