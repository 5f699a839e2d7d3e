import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { streetStyleUrl } from '../src/map/street-basemap';

/**
 * The Content-Security-Policy lives in index.html as a <meta> (a static host may not let us set
 * headers). Each source is there because something needs it (tests/e2e/csp.test.ts runs the atlas,
 * a project link and the compare view under it and sees no violation):
 * - default-src 'self': anything not named below comes from the atlas's own origin only;
 * - script-src 'self': the bundled modules, no eval (Zod runs jitless: src/catalog/strict-zod.ts),
 *   and index.html's own inline scripts, each pinned by its hash at build time (the first frame's
 *   check must run before the first paint, which no external script does for free);
 * - style-src 'self': the one bundled stylesheet. MapLibre and React style elements through the
 *   CSSOM (element.style), which CSP does not govern, so 'unsafe-inline' is not needed;
 * - img-src 'self' data: — maplibre-gl.css draws its control icons as data: SVGs (the favicon
 *   is `data:,` too), and a printed profile shows the map as a data: PNG read from its canvas
 *   (src/features/print); MapLibre decodes its images without blob: URLs;
 * - font-src 'self': the label fonts (fonts/*.woff2) MapLibre loads through FontFace;
 * - connect-src 'self': catalog, basemap GeoJSON, fonts/font-faces.json;
 * - worker-src 'self': MapLibre's worker is a same-origin module file (setWorkerUrl; MapLibre
 *   wraps it in a blob: only when it is cross-origin, which a relative base never is) and the
 *   service worker;
 * - object-src 'none', base-uri 'self', form-action 'none': no plugins, no <base> tricks, and
 *   the atlas submits no forms.
 * A meta cannot carry frame-ancestors, report-to or sandbox: a host that can set headers should
 * send `frame-ancestors 'none'` (or its embedders) as a header.
 *
 * This plugin only adjusts the meta:
 * - build: each inline script of index.html joins script-src by its hash;
 * - build: the street basemap a reader may pick (src/map/street-basemap.ts: OpenFreeMap unless
 *   VITE_BASEMAP_STYLE_URL names another style or `none`) has its origin added where MapLibre
 *   reaches it — connect-src (style, tiles, glyphs), img-src (sprites), font-src — and nowhere else;
 * - dev: the meta is dropped, because Vite's dev server injects inline scripts (React refresh)
 *   and <style> elements that a production policy rightly refuses. Browser tests run the build.
 */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** CSP hash sources for each inline `<script>` (no attributes) of `html`, as the browser hashes its text. */
export const inlineScriptHashes = (html: string): string[] =>
  [...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);

/** Adds `hashes` to script-src: those scripts and no other inline code may run. */
export function allowInlineScripts(policy: Policy, hashes: string[]): Policy {
  const sources = policy.get('script-src') ?? policy.get('default-src') ?? ["'self'"];
  return new Map(policy).set('script-src', [...new Set([...sources, ...hashes])]);
}

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>\s*/i;
const REACHED_BY_BASEMAP = ['connect-src', 'img-src', 'font-src'];

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

export const formatPolicy = (policy: Policy): string => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Adds `origin` to the directives MapLibre uses for a remote style; a bad URL fails the build. */
export function allowBasemapOrigin(policy: Policy, styleUrl: string): Policy {
  let origin: string;
  try {
    origin = new URL(styleUrl).origin;
  } catch {
    throw new Error(`VITE_BASEMAP_STYLE_URL is not an absolute URL: ${styleUrl}`);
  }
  if (origin === 'null') throw new Error(`VITE_BASEMAP_STYLE_URL has no origin: ${styleUrl}`);
  const next: Policy = new Map(policy);
  for (const name of REACHED_BY_BASEMAP) {
    const sources = next.get(name) ?? next.get('default-src') ?? ["'self'"];
    if (!sources.includes(origin)) next.set(name, [...sources, origin]);
  }
  return next;
}

export function contentSecurityPolicy(): Plugin {
  let serve = false;
  let styleUrl: string | undefined;
  return {
    name: 'atlas-csp',
    configResolved(config) {
      serve = config.command === 'serve';
      styleUrl = streetStyleUrl(config.env.VITE_BASEMAP_STYLE_URL as string | undefined);
    },
    transformIndexHtml(html) {
      const match = META.exec(html);
      if (!match) {
        if (serve) return html;
        throw new Error('index.html has no Content-Security-Policy meta: the build must not ship without one');
      }
      if (serve) return html.replace(META, '');
      let policy = allowInlineScripts(parsePolicy(match[1]!), inlineScriptHashes(html));
      if (styleUrl) policy = allowBasemapOrigin(policy, styleUrl);
      return html.replace(match[1]!, formatPolicy(policy));
    },
  };
}
