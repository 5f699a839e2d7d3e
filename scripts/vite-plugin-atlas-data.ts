import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { EAGER_PARKS, summarise } from '../src/catalog/park-index.ts';
import { ParkSchema, type IndexEntry } from '../src/catalog/schema.ts';
import { firstViewBasemapFiles } from '../src/map/first-view-files.ts';
import { validateCatalog, type Problem } from '../src/catalog/validate.ts';
import { readCatalogFiles } from './catalog-files.ts';

/**
 * Serves data/ at ./data/ in dev and copies it into the build, so the atlas fetches its catalog
 * as plain static files (any static host, any sub-path) and a broken dataset fails at load, by
 * name, instead of breaking the bundle. data/index.json lists the park files (see `dataIndex`).
 */
const PUBLISHED = ['parks', 'basemap', 'sources.json', 'redirects.json'];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).flatMap((name) => listFiles(join(dir, name)));
}

/**
 * data/index.json: every park file, in id order, each with a summary (src/catalog/park-index.ts):
 * its name, parent, region, extent, and its zones' and projects' ids and names. The atlas lists,
 * searches, places and links every park from it, and loads a park's file only when a view needs
 * it. A file that fails validation is still listed, by id (and parent and project ids where they
 * can be read), so the loader reports it by name instead of it vanishing.
 */
export type DataIndex = { parks: IndexEntry[] };

export function dataIndex(dataDir: string): DataIndex {
  const parksDir = join(dataDir, 'parks');
  const parks = listFiles(parksDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ path: f, id: relative(parksDir, f).replace(/\.json$/, '') }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ path, id }): IndexEntry => {
      let json: { parentId?: unknown; projects?: unknown } | undefined;
      try {
        json = JSON.parse(readFileSync(path, 'utf8')) as typeof json;
      } catch {
        return { id };
      }
      const park = ParkSchema.safeParse(json);
      if (park.success && park.data.id === id) return summarise(park.data);
      const entry: IndexEntry = { id };
      if (typeof json?.parentId === 'string') entry.parent = json.parentId;
      // Project ids still lead a `?project=` link to this file, which then reports what is wrong with it.
      const projects = Array.isArray(json?.projects)
        ? json.projects.map((p: { id?: unknown }) => p?.id).filter((x): x is string => typeof x === 'string' && x !== '')
        : [];
      if (projects.length) entry.projects = projects.map((id): [string, string] => [id, id]);
      return entry;
    });
  return { parks };
}

/** What index.html preloads (src/catalog/load.ts fetches these first). */
export function preloadedFiles(dataDir: string): string[] {
  const parks = listFiles(join(dataDir, 'parks'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => relative(dataDir, f))
    .sort();
  return ['index.json', 'sources.json', ...(parks.length <= EAGER_PARKS ? parks : [])];
}

/**
 * The basemap's first-view files (src/map/first-view-files.ts), page-relative; none when the
 * manifest is missing or unreadable (the map then draws a plain background, as basemap-load.ts does).
 */
export function preloadedBasemapFiles(dataDir: string): string[] {
  try {
    return firstViewBasemapFiles(JSON.parse(readFileSync(join(dataDir, 'basemap', 'manifest.json'), 'utf8')));
  } catch {
    return [];
  }
}

/** Every problem `npm run validate` reports, read the same way (file relative to the working folder, JSON path). */
export function catalogProblems(dataDir: string): Problem[] {
  if (!existsSync(join(dataDir, 'sources.json')) || !existsSync(join(dataDir, 'parks'))) {
    return [
      {
        file: relative(process.cwd(), dataDir) || '.',
        path: '$',
        message: 'expected sources.json and a parks/ folder (see data/README.md)',
      },
    ];
  }
  const files = readCatalogFiles(dataDir);
  return validateCatalog(files.sources, files.parks).problems;
}

export const describeProblems = (problems: readonly Problem[]): string =>
  `${problems.length} problem(s) in the catalog (npm run validate lists the same):\n${problems.map((p) => `  ${p.file} ${p.path}: ${p.message}`).join('\n')}`;

/** A hash of every published data file's path and bytes: changes when any figure does. */
export function dataVersion(dataDir: string): string {
  const hash = createHash('sha256');
  for (const file of PUBLISHED.flatMap((entry) => listFiles(join(dataDir, entry))).sort()) {
    hash.update(relative(dataDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export function atlasData(dataDir = resolve('data')): Plugin {
  const files = () => PUBLISHED.flatMap((entry) => listFiles(join(dataDir, entry)));
  const index = () => JSON.stringify(dataIndex(dataDir));
  let base = './';
  let building = false;
  return {
    name: 'atlas-data',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    // Every way of building validates (npx vite build too, not only npm run build): a build with a
    // broken data file fails, naming file and JSON path. The dev server only warns, so a data
    // file can be fixed while the atlas shows what is wrong with it.
    buildStart() {
      const problems = catalogProblems(dataDir);
      if (!problems.length) return;
      if (building) this.error(`atlas-data: ${describeProblems(problems)}`);
      else this.warn(describeProblems(problems));
    },
    // The loader's first files start downloading with the page, not after the app's script has
    // been parsed and run (as="fetch" + crossorigin: the same request the loader's fetch() makes):
    // the index and the sources, and, for a catalog small enough to load whole, every park file.
    // The URLs carry the catalog's version (src/catalog/fetch-queue.ts): a deploy is new URLs.
    // The basemap's first-view files come before the park files: the map's first frame needs
    // them, and on a 6-connection HTTP/1.1 host they would otherwise queue behind 23 parks.
    transformIndexHtml() {
      const version = dataVersion(dataDir);
      const catalog = preloadedFiles(dataDir).map((file) => `data/${file}`); // index.json, sources.json, then parks
      return [
        { tag: 'meta', attrs: { name: 'atlas-data', content: version }, injectTo: 'head' as const },
        ...[...catalog.slice(0, 2), ...preloadedBasemapFiles(dataDir), ...catalog.slice(2)].map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${file}?v=${version}`, as: 'fetch', crossorigin: true },
          injectTo: 'head' as const,
        })),
      ];
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const match = /^\/data\/(.+)$/.exec(path);
        if (!match) return next();
        const rel = match[1]!;
        const full = resolve(dataDir, rel);
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        if (rel === 'index.json') return res.end(index());
        if (!full.startsWith(dataDir) || !existsSync(full) || !statSync(full).isFile()) {
          res.statusCode = 404;
          return res.end('{}');
        }
        res.end(readFileSync(full));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/index.json', source: index() });
      for (const file of files()) {
        this.emitFile({ type: 'asset', fileName: `data/${relative(dataDir, file)}`, source: readFileSync(file) });
      }
    },
  };
}
