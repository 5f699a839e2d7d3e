import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { EAGER_PARKS } from '../src/catalog/park-index.ts';

/**
 * Writes sw-precache.js next to public/sw.js at build time: the build's version and the files the
 * service worker precaches, so the atlas works offline after one visit (DESIGN.md §6: a static
 * site). The list is read from the finished bundle — every chunk and asset, including what the
 * data and fonts plugins emit — so a new data file or chunk is never forgotten.
 */
export const PRECACHE_FILE = 'sw-precache.js';

/** Cached on first use instead (public/sw.js): ~100 CJK font subsets, of which a view needs few. */
const RUNTIME_ONLY = [/^fonts\/.+\.woff2$/];

type BundleEntry = { fileName: string; type: 'chunk'; code: string } | { fileName: string; type: 'asset'; source: string | Uint8Array };

const PARK_FILE = /^data\/parks\/.+\.json$/;

/**
 * Everything the atlas needs offline, but font files, and park files when the catalog is too
 * large to load whole (src/catalog/park-index.ts, EAGER_PARKS): those load on demand, and the
 * worker caches each as it is fetched.
 */
export function precacheFiles(fileNames: Iterable<string>): string[] {
  const names = [...fileNames];
  const large = names.filter((f) => PARK_FILE.test(f)).length > EAGER_PARKS;
  return names
    .filter((f) => f !== PRECACHE_FILE && !f.endsWith('.map') && !RUNTIME_ONLY.some((re) => re.test(f)) && !(large && PARK_FILE.test(f)))
    .sort();
}

/** A hash of every emitted file's name and bytes: a new build gets a new cache, an identical one keeps its own. */
export function buildVersion(entries: readonly BundleEntry[]): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    hash.update(entry.fileName).update('\0').update(entry.type === 'chunk' ? entry.code : entry.source).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export function precacheSource(version: string, files: readonly string[]): string {
  return `// Written by the build (scripts/vite-plugin-service-worker.ts) for sw.js; do not edit.\n`
    + `self.__ATLAS_PRECACHE__ = ${JSON.stringify({ version, files })};\n`;
}

export const BUILD_META = 'atlas-build';

export function withBuildMeta(html: string, version: string): string {
  if (!html.includes('</head>')) throw new Error('service worker: index.html has no </head> to name its build in');
  return html.replace('</head>', `  <meta name="${BUILD_META}" content="${version}">\n  </head>`);
}

export function serviceWorker(): Plugin {
  return {
    name: 'atlas-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // Last, so the other plugins' data/ and fonts/ and Vite's index.html are already in the bundle.
      order: 'post',
      handler(_options, bundle) {
        const entries = Object.values(bundle) as BundleEntry[];
        const files = precacheFiles(entries.map((e) => e.fileName));
        if (!files.includes('index.html')) this.error('service worker: index.html is not in the bundle, nothing to serve offline');
        // Stock hosts (Debian nginx's mime.types) send .mjs as application/octet-stream, which a browser will not run.
        const unservable = entries.map((e) => e.fileName).filter((f) => /\.[mc]js$/.test(f));
        if (unservable.length) this.error(`scripts must end in .js so every host serves them as JavaScript: ${unservable.join(', ')}`);
        const version = buildVersion(entries);
        // The page names its build, so it can tell whether a waiting worker is a newer one (register-sw.ts).
        const html = bundle['index.html'] as { source: string | Uint8Array } | undefined;
        if (html) html.source = withBuildMeta(String(typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source)), version);
        this.emitFile({ type: 'asset', fileName: PRECACHE_FILE, source: precacheSource(version, files) });
      },
    },
  };
}
