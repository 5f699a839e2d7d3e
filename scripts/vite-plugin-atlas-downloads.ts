import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The Data page's downloads (src/catalog/downloads.ts via scripts/catalog-downloads.ts), written
 * at build time into downloads/ and served by the dev server, plus the build date in index.html
 * (`<meta name="atlas-built">`), which citations of the atlas name. SOURCE_DATE_EPOCH, when set,
 * fixes the date (reproducible builds). The catalog modules are imported when first needed: a
 * config loaded natively by Node (vitest) cannot resolve their extensionless imports.
 */
const DIR = 'downloads';
const MEDIA: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  json: 'application/json; charset=utf-8',
};

export function atlasDownloads(dataDir = resolve('data')): Plugin {
  const built = (process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date()).toISOString();
  const files = async () => (await import('./catalog-downloads.ts')).downloadsOf(dataDir, built);
  return {
    name: 'atlas-downloads',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'atlas-built', content: built.slice(0, 10) }, injectTo: 'head' as const }],
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = new RegExp(`^/${DIR}/([\\w.-]+)$`).exec((req.url ?? '').split('?')[0] ?? '')?.[1];
        if (!name) return next();
        files().then((all) => {
          const file = all.find((f) => f.path === name);
          if (!file) return next();
          res.setHeader('Content-Type', MEDIA[file.path.split('.').pop()!] ?? 'application/octet-stream');
          res.end(file.text);
        }, next);
      });
    },
    async generateBundle() {
      for (const file of await files()) this.emitFile({ type: 'asset', fileName: `${DIR}/${file.path}`, source: file.text });
    },
  };
}
