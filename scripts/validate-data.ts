import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkEvidence, evidenceLine } from '../src/catalog/evidence-check';
import { validateCatalog } from '../src/catalog/validate';
import { readCatalogFiles } from './catalog-files';
import { readReleases } from './history-releases';

// Usage: npm run validate [-- data-dir]. Prints every problem as file, JSON path and message.
const dataDir = resolve(process.argv[2] ?? 'data');
if (!existsSync(join(dataDir, 'sources.json')) || !existsSync(join(dataDir, 'parks'))) {
  console.error(`${dataDir}: expected sources.json and a parks/ folder (see data/README.md)`);
  process.exit(1);
}
const files = readCatalogFiles(dataDir);
const { parks, sources, problems } = validateCatalog(files.sources, files.parks);
// The evidence check (src/catalog/evidence-check.ts) runs on the parks that passed the schema; a
// park's file is named after its id, which checkPark enforces.
const fileOf = new Map(files.parks.map((f) => [f.file.replace(/^.*\//, '').replace(/\.json$/, ''), f.file]));
const evidence = checkEvidence(
  parks.map((park) => ({ park, file: fileOf.get(park.id)! })),
  sources,
  files.sources.file,
);
const all = [...problems, ...evidence.problems];

for (const p of all) console.error(`${p.file} ${p.path}: ${p.message}`);
console.log(evidenceLine(evidence.count));
if (all.length > 0) {
  console.error(`\n${problems.length} problem(s) in the catalog; ${parks.length} of ${files.parks.length} park file(s) are valid.`);
  if (evidence.problems.length)
    console.error(`${evidence.problems.length} evidence problem(s): printed forms missing or disagreeing with the stored values.`);
  process.exit(1);
}
const projects = parks.reduce((n, p) => n + p.projects.length, 0);
const zones = parks.reduce((n, p) => n + p.zones.length, 0);
console.log(`catalog valid: ${parks.length} parks, ${zones} zones, ${projects} projects`);
// The recorded releases (issue 17): each must parse, or the build could not derive its changes.
try {
  const releases = readReleases(dataDir);
  if (releases.length) console.log(`releases: ${releases.length} (latest ${releases.at(-1)!.release})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
