import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeSynthetic } from '../generate-synthetic';
import { dataIndex, preloadedFiles } from '../vite-plugin-atlas-data';
import { precacheFiles, precacheSource, PRECACHE_FILE } from '../vite-plugin-service-worker';

export type SyntheticSize = { parks: number; projectsPerPark: number };

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

/**
 * A copy of a build with the synthetic catalog in place of the real one: data/parks,
 * sources.json and index.json as the data plugin writes it, and the service worker's precache
 * list made anew for these files (as the build would have made it for such a catalog).
 */
export function buildSyntheticSite(dist: string, out: string, size: SyntheticSize): string {
  rmSync(out, { recursive: true, force: true });
  writeSynthetic(join(out, 'data'), size);
  // The bare page stays with the real build: the floor is the same whatever the catalog.
  const skip = new Set(['data/parks', 'data/sources.json', 'data/index.json', 'bare', PRECACHE_FILE].map((p) => join(dist, p)));
  cpSync(dist, out, { recursive: true, filter: (src) => !skip.has(src) });
  writeFileSync(join(out, 'data/index.json'), JSON.stringify(dataIndex(join(out, 'data'))));
  // index.html preloads the real build's park files: preload this catalog's instead (none, when it is too large to load whole).
  const html = readFileSync(join(out, 'index.html'), 'utf8').replace(/\s*<link rel="preload" href="[^"]*data\/parks\/[^"]*"[^>]*>/g, '');
  const links = preloadedFiles(join(out, 'data'))
    .filter((f) => f.startsWith('parks/'))
    .map((f) => `<link rel="preload" href="./data/${f}" as="fetch" crossorigin>`)
    .join('');
  writeFileSync(join(out, 'index.html'), html.replace('</head>', `${links}</head>`));
  const files = filesUnder(out).map((f) => relative(out, f));
  const hash = createHash('sha256');
  for (const f of files.sort()) hash.update(`${f}\0${statSync(join(out, f)).size}\0`);
  writeFileSync(join(out, PRECACHE_FILE), precacheSource(hash.digest('hex').slice(0, 16), precacheFiles(files)));
  return out;
}
