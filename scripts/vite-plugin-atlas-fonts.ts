import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FONT_FACES_META } from '../src/map/first-view-files.ts';

/**
 * Map labels are drawn by MapLibre from font files the style's `font-faces` names (no glyph
 * server: the atlas fetches nothing from another origin). This plugin publishes the weight-400 woff2 subsets of the two Noto
 * packages under fonts/ (served in dev, emitted in the build) together with fonts/font-faces.json,
 * which maps each `text-font` name to its files and their unicode-range, read from the packages'
 * own @font-face rules so the ranges never drift from the files.
 */
export type FontFace = { url: string; 'unicode-range': string[] };
export type FontFaces = Record<string, FontFace[]>;

type Family = { name: string; css: string; keep: (file: string) => boolean };

const FAMILIES: Family[] = [
  // Latin labels: English names, digits, punctuation.
  { name: 'Noto Sans Regular', css: '@fontsource/noto-sans/400.css', keep: (f) => /-latin(-ext)?-400-normal\.woff2$/.test(f) },
  // CJK labels: the numbered subsets only, so Latin always comes from Noto Sans.
  { name: 'Noto Sans SC Regular', css: '@fontsource/noto-sans-sc/400.css', keep: (f) => /-sc-\d+-400-normal\.woff2$/.test(f) },
];

const FACE = /@font-face\s*{([^}]*)}/g;

/** Reads the @font-face rules of one package stylesheet: woff2 file path and unicode ranges. */
export function parseFontFaceCss(css: string): { file: string; ranges: string[] }[] {
  const faces: { file: string; ranges: string[] }[] = [];
  for (const [, body = ''] of css.matchAll(FACE)) {
    const file = /url\(([^)]+\.woff2)\)/.exec(body)?.[1]?.replace(/^['"]|['"]$/g, '');
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file) continue;
    faces.push({
      file,
      ranges: range
        ? range
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean)
        : ['U+0-10FFFF'],
    });
  }
  return faces;
}

export function collectFonts(root: string): { faces: FontFaces; files: Map<string, string> } {
  const faces: FontFaces = {};
  const files = new Map<string, string>(); // published name → path on disk
  for (const family of FAMILIES) {
    const cssPath = join(root, 'node_modules', family.css);
    if (!existsSync(cssPath)) throw new Error(`atlas-fonts: ${family.css} is missing (npm ci installs it)`);
    faces[family.name] = parseFontFaceCss(readFileSync(cssPath, 'utf8'))
      .filter((face) => family.keep(face.file))
      .map((face) => {
        const name = basename(face.file);
        files.set(name, resolve(dirname(cssPath), face.file));
        // Relative to the page: the atlas resolves it against document.baseURI at run time.
        return { url: `fonts/${name}`, 'unicode-range': face.ranges };
      });
  }
  return { faces, files };
}

/**
 * fonts/interface.css: the CJK subsets as an @font-face family for the interface's own text, so
 * Chinese reads the same on a machine with no Chinese fonts. Each rule carries its subset's
 * unicode-range, so a browser fetches a file only when a character on the page needs it (and an
 * English page fetches none). URLs are relative to the stylesheet, which sits next to the files.
 */
export const INTERFACE_FAMILY = 'Atlas Noto Sans SC';
/** CJK Radicals Supplement: everything below it (Latin, digits, general punctuation) the system font draws. */
const CJK_START = 0x2e80;
const hexOf = (n: number) => n.toString(16).toUpperCase();

/**
 * The fontsource subsets also claim ASCII and general punctuation (U+20, U+4E, U+2026 …), so an
 * English page fetched several of them and swapped its Latin text into them once they arrived:
 * the bottom sheet moved (layout shift). The interface family keeps only the CJK part of each range.
 */
export function cjkRanges(ranges: string[]): string[] {
  return ranges.flatMap((range) => {
    const [from = '', to = from] = range.replace(/^U\+/i, '').split('-');
    const start = Math.max(parseInt(from, 16), CJK_START);
    const end = parseInt(to, 16);
    if (end < CJK_START) return [];
    return [start === end ? `U+${hexOf(start)}` : `U+${hexOf(start)}-${hexOf(end)}`];
  });
}

export function interfaceCss(faces: FontFaces): string {
  return (faces['Noto Sans SC Regular'] ?? [])
    .flatMap((face) => {
      const ranges = cjkRanges(face['unicode-range']);
      return ranges.length === 0
        ? []
        : [
            `@font-face{font-family:'${INTERFACE_FAMILY}';font-style:normal;font-weight:100 900;` +
              `font-display:swap;src:url(${basename(face.url)}) format('woff2');unicode-range:${ranges.join(',')}}`,
          ];
    })
    .join('\n');
}

/** A hash of font-faces.json's text: its `?v=` (src/map/first-view-files.ts), new whenever the fonts are. */
export const fontFacesVersion = (faces: FontFaces): string => createHash('sha256').update(JSON.stringify(faces)).digest('hex').slice(0, 16);

export function atlasFonts(root = resolve('.')): Plugin {
  let cache: ReturnType<typeof collectFonts> | undefined;
  const get = () => (cache ??= collectFonts(root));
  let base = './';
  return {
    name: 'atlas-fonts',
    configResolved(config) {
      base = config.base;
    },
    // After the CSP meta, so the policy governs it too. font-faces.json is preloaded with the
    // basemap's files (scripts/vite-plugin-atlas-data.ts): the map's first style names its fonts.
    transformIndexHtml() {
      const version = fontFacesVersion(get().faces);
      return [
        { tag: 'meta', attrs: { name: FONT_FACES_META, content: version }, injectTo: 'head' as const },
        {
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}fonts/font-faces.json?v=${version}`, as: 'fetch', crossorigin: true },
          injectTo: 'head' as const,
        },
        { tag: 'link', attrs: { rel: 'stylesheet', href: './fonts/interface.css' }, injectTo: 'head' as const },
      ];
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/fonts\/([^/?]+)/.exec(req.url ?? '');
        if (!match) return next();
        const name = decodeURIComponent(match[1]!);
        if (name === 'interface.css') {
          res.setHeader('Content-Type', 'text/css; charset=utf-8');
          return res.end(interfaceCss(get().faces));
        }
        if (name === 'font-faces.json') {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          return res.end(JSON.stringify(get().faces));
        }
        const file = get().files.get(name);
        if (!file) {
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('Content-Type', 'font/woff2');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      const { faces, files } = get();
      this.emitFile({ type: 'asset', fileName: 'fonts/font-faces.json', source: JSON.stringify(faces) });
      this.emitFile({ type: 'asset', fileName: 'fonts/interface.css', source: interfaceCss(faces) });
      for (const [name, file] of files) this.emitFile({ type: 'asset', fileName: `fonts/${name}`, source: readFileSync(file) });
    },
  };
}
