import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateCatalog } from '../src/catalog/validate';
import { readCatalogFiles } from './catalog-files';

// Usage: npm run validate [-- data-dir]. Prints every problem as file, JSON path and message.
const dataDir = resolve(process.argv[2] ?? 'data');
if (!existsSync(join(dataDir, 'sources.json')) || !existsSync(join(dataDir, 'parks'))) {
  console.error(`${dataDir}: expected sources.json and a parks/ folder (see data/README.md)`);
  process.exit(1);
}
const files = readCatalogFiles(dataDir);
const { parks, problems } = validateCatalog(files.sources, files.parks);

for (const p of problems) console.error(`${p.file} ${p.path}: ${p.message}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the catalog; ${parks.length} of ${files.parks.length} park file(s) are valid.`);
  process.exit(1);
}
const projects = parks.reduce((n, p) => n + p.projects.length, 0);
const zones = parks.reduce((n, p) => n + p.zones.length, 0);
console.log(`catalog valid: ${parks.length} parks, ${zones} zones, ${projects} projects`);
