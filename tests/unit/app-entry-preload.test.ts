import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { appEntryPreload } from '../../scripts/vite-plugin-app-entry';

type Chunk = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[]; isEntry: boolean; moduleIds: string[] };
const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null): Chunk => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
  isEntry: facadeModuleId?.endsWith('/index.html') ?? false,
  moduleIds: facadeModuleId ? [facadeModuleId] : [],
});

type Tag = { tag: string; attrs: { rel: string; crossorigin: boolean; href: string; fetchpriority: string }; injectTo: string };

/** The plugin's index.html transform, run on a bundle made of `chunks`: the tags it adds, in order. */
function preloads(chunks: Chunk[]): Tag[] {
  const hook = appEntryPreload().transformIndexHtml as { handler: IndexHtmlTransformHook };
  const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  return hook.handler.call({} as never, '<head></head>', { bundle } as unknown as IndexHtmlTransformContext) as Tag[];
}
const hrefs = (tags: Tag[]) => tags.map((t) => t.attrs.href.replace('./', ''));

const ENTRY = [chunk('assets/index-1.js', ['assets/boot-1.js'], '/repo/index.html'), chunk('assets/boot-1.js', [], '/repo/src/boot.ts')];

describe("index.html preloads the app's script, which src/boot.ts runs after the first frame", () => {
  it("lists the app's chunk, the map's chunk and what they import, once each, but not other on-demand chunks or the entry's own", () => {
    const tags = preloads([
      ...ENTRY,
      chunk('assets/main-1.js', ['assets/react-2.js', 'assets/labels-3.js', 'assets/boot-1.js'], '/repo/src/main.tsx'),
      chunk('assets/react-2.js', ['assets/labels-3.js']),
      chunk('assets/labels-3.js', ['assets/react-2.js']),
      chunk('assets/atlas-map-5.js', ['assets/react-2.js'], '/repo/src/map/atlas-map.tsx'),
      chunk('assets/compare-view-4.js', ['assets/react-2.js'], '/repo/src/features/compare/compare-view.tsx'),
    ]);
    // Not boot.ts's chunk: Vite preloads what the entry imports itself.
    expect(hrefs(tags)).toEqual(['assets/main-1.js', 'assets/react-2.js', 'assets/labels-3.js', 'assets/atlas-map-5.js']);
    expect(tags.every((t) => t.tag === 'link' && t.attrs.rel === 'modulepreload' && t.attrs.crossorigin && t.injectTo === 'head')).toBe(
      true,
    );
    // Nothing of them runs before the first paint: they must not compete with what it needs.
    expect(tags.map((t) => t.attrs.fetchpriority)).toEqual(['low', 'low', 'low', 'low']);
  });

  it('finds the app in a chunk a code-splitting group made, which has no facade of its own', () => {
    const grouped = { ...chunk('assets/main-1.js', ['assets/react-2.js']), moduleIds: ['/repo/src/ui/a.ts', '/repo/src/main.tsx'] };
    const map = { ...chunk('assets/maplibre-6.js'), moduleIds: ['/repo/node_modules/maplibre-gl/x.js', '/repo/src/map/atlas-map.tsx'] };
    expect(hrefs(preloads([...ENTRY, grouped, chunk('assets/react-2.js'), map]))).toEqual([
      'assets/main-1.js',
      'assets/react-2.js',
      'assets/maplibre-6.js',
    ]);
  });

  it('fails the build when the app or the map has no chunk, rather than ship a page that fetches them late', () => {
    const app = chunk('assets/main-1.js', [], '/repo/src/main.tsx');
    const map = chunk('assets/atlas-map-5.js', [], '/repo/src/map/atlas-map.tsx');
    expect(() => preloads([...ENTRY, map])).toThrow(/no chunk for src\/main\.tsx/);
    expect(() => preloads([...ENTRY, app])).toThrow(/no chunk for src\/map\/atlas-map\.tsx/);
  });
});
