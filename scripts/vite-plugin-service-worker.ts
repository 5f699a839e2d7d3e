import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { EAGER_PARKS } from '../src/catalog/park-index.ts';

/**
 * Writes sw-precache.js next to public/sw.js at build time: the build's version and the files the
 * service worker precaches, so the atlas works offline after one visit (it is a static
 * site, so every file it needs is known at build time). The list is read from the finished bundle — every chunk and asset, including what the
 * data and fonts plugins emit — so a new data file or chunk is never forgotten.
 */
export const PRECACHE_FILE = 'sw-precache.js';

/**
 * Cached on first use instead (public/sw.js): ~100 CJK font subsets, of which a view needs few;
 * the Data page's downloads; a park's change records and each Atom feed (one a park: 2,500
 * files at the synthetic scale).
 */
const RUNTIME_ONLY = [/^fonts\/.+\.woff2$/, /^downloads\//, /^changes\/parks\//, /^feeds\//];

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

const text = (entry: BundleEntry | undefined): string =>
  !entry
    ? ''
    : entry.type === 'chunk'
      ? entry.code
      : typeof entry.source === 'string'
        ? entry.source
        : new TextDecoder().decode(entry.source);

/** Whether a CSS unicode-range entry (U+4E00-4E3F, U+3000, U+4??) holds the code point. */
export function inRange(range: string, cp: number): boolean {
  const m = /^U\+([0-9A-F?]+)(?:-([0-9A-F]+))?$/i.exec(range.trim());
  if (!m) return false;
  const from = Number.parseInt(m[1]!.replace(/\?/g, '0'), 16);
  const to = m[2] ? Number.parseInt(m[2], 16) : Number.parseInt(m[1]!.replace(/\?/g, 'F'), 16);
  return cp >= from && cp <= to;
}

/**
 * The font subsets the catalog's names need (every character of data/index.json, which holds
 * each park's, zone's and project's names in both languages): precached, so Chinese labels of a
 * view never visited online still draw offline. The other ~90 CJK subsets stay on-demand.
 */
export function fontsForNames(entries: readonly BundleEntry[]): string[] {
  const byName = new Map(entries.map((e) => [e.fileName, e]));
  const facesText = text(byName.get('fonts/font-faces.json'));
  if (!facesText) return [];
  const faces = Object.values(JSON.parse(facesText) as Record<string, { url: string; 'unicode-range': string[] }[]>).flat();
  const points = new Set([...text(byName.get('data/index.json'))].map((c) => c.codePointAt(0)!));
  const needed = faces.filter((face) => [...points].some((cp) => face['unicode-range'].some((r) => inRange(r, cp))));
  return [...new Set(needed.map((face) => face.url))].filter((url) => byName.has(url));
}

/** A hash of every emitted file's name and bytes: a new build gets a new cache, an identical one keeps its own. */
export function buildVersion(entries: readonly BundleEntry[]): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    hash
      .update(entry.fileName)
      .update('\0')
      .update(entry.type === 'chunk' ? entry.code : entry.source)
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export function precacheSource(version: string, files: readonly string[]): string {
  return (
    `// Written by the build (scripts/vite-plugin-service-worker.ts) for sw.js; do not edit.\n` +
    `self.__ATLAS_PRECACHE__ = ${JSON.stringify({ version, files })};\n`
  );
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
        const files = [...precacheFiles(entries.map((e) => e.fileName)), ...fontsForNames(entries)].sort();
        if (!files.includes('index.html')) this.error('service worker: index.html is not in the bundle, nothing to serve offline');
        // Stock hosts (Debian nginx's mime.types) send .mjs as application/octet-stream, which a browser will not run.
        const unservable = entries.map((e) => e.fileName).filter((f) => /\.[mc]js$/.test(f));
        if (unservable.length) this.error(`scripts must end in .js so every host serves them as JavaScript: ${unservable.join(', ')}`);
        const version = buildVersion(entries);
        // The page names its build, so it can tell whether a waiting worker is a newer one (register-sw.ts).
        const html = bundle['index.html'] as { source: string | Uint8Array } | undefined;
        if (html)
          html.source = withBuildMeta(
            String(typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source)),
            version,
          );
        this.emitFile({ type: 'asset', fileName: PRECACHE_FILE, source: precacheSource(version, files) });
      },
    },
  };
}
