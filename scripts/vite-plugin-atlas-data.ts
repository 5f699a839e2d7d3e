import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves data/ at ./data/ in dev and copies it into the build, so the atlas fetches its catalog
 * as plain static files (any static host, any sub-path) and a broken dataset fails at load, by
 * name, instead of breaking the bundle. data/index.json lists the park files.
 */
const PUBLISHED = ['parks', 'basemap', 'sources.json', 'redirects.json'];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).flatMap((name) => listFiles(join(dir, name)));
}

export function atlasData(dataDir = resolve('data')): Plugin {
  const files = () => PUBLISHED.flatMap((entry) => listFiles(join(dataDir, entry)));
  const index = () => {
    const parks = listFiles(join(dataDir, 'parks')).filter((f) => f.endsWith('.json'))
      .map((f) => relative(join(dataDir, 'parks'), f).replace(/\.json$/, '')).sort();
    return JSON.stringify({ parks });
  };
  return {
    name: 'atlas-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const match = /^\/data\/(.+)$/.exec(path);
        if (!match) return next();
        const rel = match[1]!;
        const full = resolve(dataDir, rel);
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        if (rel === 'index.json') return res.end(index());
        if (!full.startsWith(dataDir) || !existsSync(full) || !statSync(full).isFile()) { res.statusCode = 404; return res.end('{}'); }
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
