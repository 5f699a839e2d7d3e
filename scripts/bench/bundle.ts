import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './measure';

/**
 * Gzipped bytes of the build against the stack's floor (what any MapLibre + React page must ship): maplibre-gl's own main and
 * worker bundles plus react and react-dom's production builds. Target: JS at most 10% over it.
 */
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function bundleFloor(): { bytes: number; parts: Record<string, number> } {
  const parts = {
    'maplibre-gl.mjs': gz('node_modules/maplibre-gl/dist/maplibre-gl.mjs'),
    'maplibre-gl-worker.mjs': gz('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
    react: gz('node_modules/react/cjs/react.production.js') + gz('node_modules/react/cjs/react-jsx-runtime.production.js'),
    'react-dom': gz('node_modules/react-dom/cjs/react-dom.production.js') + gz('node_modules/react-dom/cjs/react-dom-client.production.js'),
  };
  return { bytes: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

/** The build's files, without the bench's own bare MapLibre page (scripts/bench/bare → bare/). */
function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (!e.isDirectory()) return [path];
    return dir === root && e.name === 'bare' ? [] : listFiles(path, root);
  });
}

export function benchBundle(dist = 'dist'): Row[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ is missing: build it first (npx vite build --outDir ${dist})`);
  const files = listFiles(dist);
  const sum = (re: RegExp) => files.filter((f) => re.test(f)).reduce((n, f) => n + gz(f), 0);
  const js = sum(/\.m?js$/);
  const css = sum(/\.css$/);
  const data = sum(/\/data\/.*\.(json|geojson)$/);
  const floor = bundleFloor();
  const ratio = js / floor.bytes;
  // The first view's JS: what index.html loads (scripts, module preloads) and MapLibre's worker; chunks loaded on demand (the projects table, the chart) are not in it.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstFiles = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.m?js)"/g)].map((m) =>
    join(dist, m[1]!),
  );
  const worker = files.filter((f) => /maplibre-gl-worker[^/]*\.m?js$/.test(f));
  const first = [...new Set([...firstFiles, ...worker])].reduce((n, f) => n + gz(f), 0);
  const firstRatio = first / floor.bytes;
  // Issue 16: what loads on demand (citation formats, the Data page, the table, the chart), by chunk, so a lazy split that stops working shows here.
  const firstSet = new Set([...firstFiles, ...worker]);
  const lazy = files
    .filter((f) => /\.m?js$/.test(f) && !firstSet.has(f) && !/sw(-precache)?\.js$/.test(f))
    .map((f) => ({ name: f.replace(/^.*\//, '').replace(/-[\w-]{8}\.m?js$/, ''), bytes: gz(f) }));
  return [
    { section: 'bundle', measure: 'floor: maplibre-gl + worker + react + react-dom (gzip)', value: kb(floor.bytes) },
    {
      section: 'bundle',
      measure: 'atlas JS (gzip)',
      value: kb(js),
      ratio: `${ratio.toFixed(3)}× floor (${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%)`,
      target: '≤ 1.10×',
      met: ratio <= 1.1,
    },
    {
      section: 'bundle',
      measure: 'first view JS (gzip): index.html scripts + MapLibre worker, not the lazy chunks',
      value: kb(first),
      ratio: `${firstRatio.toFixed(3)}× floor`,
      target: '≤ 1.05×',
      met: firstRatio <= 1.05,
    },
    {
      section: 'bundle',
      measure: `on-demand JS (gzip), not in the first view: ${lazy.map((l) => `${l.name} ${kb(l.bytes)}`).join(', ') || 'none'}`,
      value: kb(lazy.reduce((n, l) => n + l.bytes, 0)),
    },
    { section: 'bundle', measure: 'atlas CSS (gzip)', value: kb(css) },
    { section: 'bundle', measure: 'catalog + basemap data (gzip, fetched at run time)', value: kb(data) },
  ];
}
