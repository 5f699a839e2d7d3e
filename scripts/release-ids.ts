import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ReleasedIdsSchema } from '../src/catalog/schema';
import { validateCatalog } from '../src/catalog/validate';
import { readCatalogFiles } from './catalog-files';

// Usage: npm run release-ids -- <release-name>. Run when cutting a release: from then on every id
// in data/released-ids.json must keep resolving (tests/unit/stable-ids.test.ts), directly or via
// data/redirects.json.
// `npm run release` (scripts/release.ts) calls it too: a release of the facts is a release of the ids.
export function writeReleasedIds(release: string): string {
  const files = readCatalogFiles(resolve('data'));
  const { parks, problems } = validateCatalog(files.sources, files.parks);
  if (problems.length) throw new Error('the catalog must validate before its ids are released (npm run validate)');
  // Every id ever released stays in the snapshot: a zone that moved park (its old path kept alive by
  // a redirect) must go on being checked, not drop out with the release that moved it.
  const before = existsSync('data/released-ids.json')
    ? ReleasedIdsSchema.parse(JSON.parse(readFileSync('data/released-ids.json', 'utf8')))
    : { parks: [], zones: [], projects: [] };
  const union = (old: string[], now: string[]) => [...new Set([...old, ...now])].sort();
  const snapshot = {
    release,
    parks: union(
      before.parks,
      parks.map((p) => p.id),
    ),
    zones: union(
      before.zones,
      parks.flatMap((p) => p.zones.map((z) => `${p.id}/${z.id}`)),
    ),
    projects: union(
      before.projects,
      parks.flatMap((p) => p.projects.map((x) => x.id)),
    ),
  };
  writeFileSync('data/released-ids.json', `${JSON.stringify(snapshot, null, 2)}\n`);
  return `data/released-ids.json: ${snapshot.parks.length} parks, ${snapshot.zones.length} zones, ${snapshot.projects.length} projects (${release})`;
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(writeReleasedIds(process.argv[2] ?? new Date().toISOString().slice(0, 10)));
