import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawFile } from '../src/catalog/validate';

/** Reads a catalog folder the way the app fetches it: sources.json plus parks/*.json. */
export function readCatalogFiles(dataDir: string, root = process.cwd()): { sources: RawFile; parks: RawFile[] } {
  const read = (path: string): RawFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const parksDir = join(dataDir, 'parks');
  const parks = readdirSync(parksDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read(join(parksDir, name)));
  return { sources: read(join(dataDir, 'sources.json')), parks };
}
