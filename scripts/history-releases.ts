import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshot, type ReleaseMeta } from '../src/catalog/history-snapshot.ts';
import { RedirectsFileSchema, ReleaseSchema, type Release } from '../src/catalog/schema.ts';
import { validateCatalog } from '../src/catalog/validate.ts';
import { readCatalogFiles } from './catalog-files.ts';

/** Every recorded release in data/releases/, oldest first; a malformed one fails naming its file and JSON path. */
export function readReleases(dataDir: string): Release[] {
  const dir = join(dataDir, 'releases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((name) => {
      const file = join(dir, name);
      const parsed = ReleaseSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file} $.${issue.path.join('.')}: ${issue.message}`);
      }
      if (`${parsed.data.release}.json` !== name)
        throw new Error(`${file} $.release: must equal the file's name (${name.replace(/\.json$/, '')})`);
      return parsed.data;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The snapshot of a catalog folder as it stands; it must validate first. */
export function snapshotOf(dataDir: string, meta: ReleaseMeta): Release {
  const files = readCatalogFiles(dataDir);
  const { parks, problems } = validateCatalog(files.sources, files.parks);
  if (problems.length)
    throw new Error(
      `${dataDir}: the catalog must validate before it is released (npm run validate): ${problems[0]!.file} ${problems[0]!.path}: ${problems[0]!.message}`,
    );
  const redirectsFile = join(dataDir, 'redirects.json');
  const redirects = existsSync(redirectsFile) ? RedirectsFileSchema.parse(JSON.parse(readFileSync(redirectsFile, 'utf8'))).redirects : [];
  return snapshot(parks, redirects, meta);
}
