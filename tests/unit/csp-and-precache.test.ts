import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allowBasemapOrigin,
  allowInlineScripts,
  contentSecurityPolicy,
  formatPolicy,
  inlineScriptHashes,
  parsePolicy,
} from '../../scripts/vite-plugin-csp';
import { buildVersion, precacheFiles, precacheSource, PRECACHE_FILE } from '../../scripts/vite-plugin-service-worker';
import { EAGER_PARKS } from '../../src/catalog/park-index';
import { STREET_STYLE_DEFAULT, streetStyleUrl } from '../../src/map/street-basemap';

const html = readFileSync('index.html', 'utf8');
const policyText = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';

/** Runs the plugin's two hooks the way Vite would, for `command` and an optional basemap URL. */
function transform(command: 'build' | 'serve', styleUrl?: string): string {
  const plugin = contentSecurityPolicy();
  (plugin.configResolved as (config: unknown) => void)({ command, env: styleUrl ? { VITE_BASEMAP_STYLE_URL: styleUrl } : {} });
  return (plugin.transformIndexHtml as (html: string) => string)(html);
}

describe('Content-Security-Policy in index.html', () => {
  it('allows only the own origin for scripts, styles, connections and workers, and nothing inline or eval', () => {
    const policy = parsePolicy(policyText);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src', 'connect-src', 'worker-src', 'font-src']) expect(policy.get(name)).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policyText).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(formatPolicy(policy)).toBe(policyText);
  });

  it('adds an online basemap origin to connect-src, img-src and font-src only, at build time', () => {
    const policy = allowBasemapOrigin(parsePolicy(policyText), 'https://tiles.example.org/styles/liberty.json');
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://tiles.example.org']);
    expect(policy.get('img-src')).toContain('https://tiles.example.org');
    expect(policy.get('font-src')).toContain('https://tiles.example.org');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(transform('build', 'https://tiles.example.org/s.json')).toContain("connect-src 'self' https://tiles.example.org;");
    expect(parsePolicy(/content="([^"]*)"/.exec(transform('build', 'none'))![1]!).get('connect-src')).toEqual(["'self'"]);
    expect(() => allowBasemapOrigin(policy, 'styles/relative.json')).toThrow(/not an absolute URL/);
  });

  it('offers the OpenFreeMap street style by default: its origin, and no other, joins the built policy', () => {
    expect(streetStyleUrl(undefined)).toBe(STREET_STYLE_DEFAULT);
    expect(streetStyleUrl('')).toBe(STREET_STYLE_DEFAULT);
    expect(streetStyleUrl('none')).toBeUndefined();
    expect(streetStyleUrl('https://tiles.example.org/s.json')).toBe('https://tiles.example.org/s.json');
    const built = parsePolicy(/content="([^"]*)"/.exec(transform('build'))![1]!);
    for (const name of ['connect-src', 'img-src', 'font-src']) expect(built.get(name)).toContain('https://tiles.openfreemap.org');
    const others = [...built.values()].flat().filter((s) => /^https?:/.test(s));
    expect(new Set(others)).toEqual(new Set(['https://tiles.openfreemap.org']));
    expect(built.get('script-src')).toEqual(["'self'", ...inlineScriptHashes(html)]);
  });

  it("lets index.html's inline scripts run by their hash, and no other inline code", () => {
    expect(inlineScriptHashes('<script>alert(1)</script><script type="module" src="x.js"></script>')).toEqual([
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
    ]);
    // index.html has one: the first frame's check (tests/unit/first-frame.test.ts).
    expect(inlineScriptHashes(html)).toHaveLength(1);
    const built = parsePolicy(/content="([^"]*)"/.exec(transform('build', 'none'))![1]!);
    expect(built.get('script-src')).toEqual(["'self'", ...inlineScriptHashes(html)]);
    expect(allowInlineScripts(parsePolicy("script-src 'self'"), ["'sha256-a'", "'sha256-a'"]).get('script-src')).toEqual([
      "'self'",
      "'sha256-a'",
    ]);
  });

  it('is dropped in dev, where Vite injects inline scripts and styles', () => {
    expect(transform('serve')).not.toContain('Content-Security-Policy"');
  });
});

describe('service worker precache list', () => {
  it('leaves out the park files of a catalog too large to load whole: they are cached as they are fetched', () => {
    const parks = (n: number) => Array.from({ length: n }, (_, i) => `data/parks/p-${i}.json`);
    expect(precacheFiles(['index.html', 'data/index.json', ...parks(EAGER_PARKS)])).toHaveLength(EAGER_PARKS + 2);
    expect(precacheFiles(['index.html', 'data/index.json', ...parks(EAGER_PARKS + 1)])).toEqual(['data/index.json', 'index.html']);
  });

  it('holds the shell, code, data and font list, but not the font files (cached on use) or itself', () => {
    const files = precacheFiles([
      'index.html',
      'assets/index-abc.js',
      'assets/index-abc.css',
      'assets/maplibre-gl-worker-x.mjs',
      'data/index.json',
      'data/parks/a.json',
      'data/basemap/land.geojson',
      'fonts/font-faces.json',
      'fonts/noto-sans-sc-0-400-normal.woff2',
      PRECACHE_FILE,
    ]);
    expect(files).toEqual([
      'assets/index-abc.css',
      'assets/index-abc.js',
      'assets/maplibre-gl-worker-x.mjs',
      'data/basemap/land.geojson',
      'data/index.json',
      'data/parks/a.json',
      'fonts/font-faces.json',
      'index.html',
    ]);
  });

  it('names the cache after the bytes: same build, same version; any change, a new one', () => {
    const build = (json: string) =>
      buildVersion([
        { fileName: 'index.html', type: 'asset', source: '<html>' },
        { fileName: 'data/parks/a.json', type: 'asset', source: json },
        { fileName: 'assets/index.js', type: 'chunk', code: 'x' },
      ]);
    expect(build('{}')).toBe(build('{}'));
    expect(build('{"a":1}')).not.toBe(build('{}'));
    expect(build('{}')).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheSource('v1', ['index.html'])).toContain('self.__ATLAS_PRECACHE__ = {"version":"v1","files":["index.html"]};');
  });
});
