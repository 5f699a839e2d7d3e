import { resolve } from 'node:path';
import { buildCatalog } from '../../src/catalog/catalog';
import { buildSearchIndex } from '../../src/catalog/search-index';
import { validateCatalog } from '../../src/catalog/validate';
import { readCatalogFiles } from '../catalog-files';
import { syntheticCatalog } from '../generate-synthetic';
import { fmtMs, mb, median, timeIt, type Row } from './measure';

/** Parse + validate + index + search: the real catalog and the synthetic 2,500 parks / 100,000 projects. */
export function benchCatalog(): Row[] {
  const rows: Row[] = [];
  const real = readCatalogFiles(resolve('data'));
  const realRun = timeIt(() => validateCatalog(real.sources, real.parks), 20);
  rows.push({ section: 'catalog', measure: `validate real catalog (${realRun.result.parks.length} parks)`, value: fmtMs(realRun.ms) });

  const { sources, parks } = syntheticCatalog({ parks: 2500, projectsPerPark: 40 });
  const files = parks.map((p) => ({ file: `parks/${p.id}.json`, text: JSON.stringify(p) }));
  const sourcesRaw = { file: 'sources.json', text: JSON.stringify(sources) };
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const synth = timeIt(() => validateCatalog(sourcesRaw, files), 3);
  const index = timeIt(() => buildCatalog(synth.result.parks, synth.result.sources), 3);
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const projects = synth.result.parks.reduce((n, p) => n + p.projects.length, 0);
  rows.push(
    { section: 'catalog', measure: `synthetic JSON size (${synth.result.parks.length} parks, ${projects} projects)`, value: mb(bytes) },
    {
      section: 'catalog',
      measure: 'synthetic parse + validate',
      value: fmtMs(synth.ms),
      ratio: `${((synth.ms / projects) * 1000).toFixed(1)} µs/project`,
    },
    { section: 'catalog', measure: 'synthetic build indexes', value: fmtMs(index.ms) },
    { section: 'catalog', measure: 'synthetic heap retained (validated catalog)', value: mb(heapAfter - heapBefore) },
  );
  if (synth.result.problems.length) throw new Error(`synthetic catalog invalid: ${synth.result.problems[0]?.message}`);

  // The search index (src/catalog/search-index.ts), built on the first keystroke, then queried per keystroke.
  const catalog = index.result;
  const built = timeIt(() => buildSearchIndex(catalog), 3);
  const search = built.result;
  // Rare and common, names, companies, a prefix, and a miss (the worst case: every scan runs to the end).
  const queries = ['synthetic park 1234', 'project 7 of park 2345', 'company 12', 'proj', 'zzzz', '合成园区12'];
  const perQuery = queries.map((q) => timeIt(() => search.search(q, 20), 15).ms);
  const worst = Math.max(...perQuery);
  rows.push(
    { section: 'catalog', measure: `synthetic search index: build (${search.size} entries)`, value: fmtMs(built.ms) },
    {
      section: 'catalog',
      measure: `synthetic search query, median over ${queries.length} queries (worst: ${fmtMs(worst)})`,
      value: fmtMs(median(perQuery)),
      target: '≤ 50 ms',
      met: worst <= 50,
    },
  );
  return rows;
}
