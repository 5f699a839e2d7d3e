import { mkdirSync, writeFileSync } from 'node:fs';
import { benchBundle } from './bench/bundle';
import { benchCatalog } from './bench/catalog';
import type { Row } from './bench/measure';

/**
 * `npm run bench`: measurements, not tests. Figures drift on shared 2-core machines, so each
 * section compares against a floor measured in the same run and reports the ratio.
 * Sections: catalog (parse/validate/index at scale), bundle (gzipped build against the floor). Pass section names to run a subset.
 */
const sections: Record<string, () => Row[] | Promise<Row[]>> = {
  catalog: benchCatalog,
  bundle: () => benchBundle(),
};

const wanted = process.argv.slice(2).filter((a) => a in sections);
const rows: Row[] = [];
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.error(`bench: ${name}…`);
  rows.push(...(await run()));
}
console.table(rows.map(({ section, measure, value, ratio, target }) => ({ section, measure, value, ratio: ratio ?? '', target: target ?? '' })));
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
