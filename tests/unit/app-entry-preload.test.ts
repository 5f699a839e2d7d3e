import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { appEntryPreload } from '../../scripts/vite-plugin-app-entry';

type Chunk = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[]; isEntry: boolean; moduleIds: string[] };
const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null): Chunk => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
  isEntry: facadeModuleId?.endsWith('/boot.ts') ?? false,
  moduleIds: facadeModuleId ? [facadeModuleId] : [],
});

/** The plugin's index.html transform, run on a bundle made of `chunks`. */
function preloads(chunks: Chunk[]) {
  const hook = appEntryPreload().transformIndexHtml as { handler: IndexHtmlTransformHook };
  const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  return hook.handler.call({} as never, '', { bundle } as unknown as IndexHtmlTransformContext);
}

describe("index.html preloads the app's script, which src/boot.ts runs after the first frame", () => {
  it("lists the app's chunk and every chunk it imports, once each, but not the ones it loads on demand or the page's entry", () => {
    const tags = preloads([
      chunk('assets/index-boot.js', [], '/repo/src/boot.ts'),
      chunk('assets/main-1.js', ['assets/react-2.js', 'assets/labels-3.js', 'assets/index-boot.js'], '/repo/src/main.tsx'),
      chunk('assets/react-2.js', ['assets/labels-3.js']),
      chunk('assets/labels-3.js', ['assets/react-2.js']),
      chunk('assets/compare-view-4.js', ['assets/react-2.js'], '/repo/src/features/compare/compare-view.tsx'),
    ]);
    expect(tags).toEqual(
      ['assets/main-1.js', 'assets/react-2.js', 'assets/labels-3.js'].map((file) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
        injectTo: 'head',
      })),
    );
  });

  it('finds the app in a chunk a code-splitting group made, which has no facade of its own', () => {
    const grouped = { ...chunk('assets/main-1.js', ['assets/react-2.js']), moduleIds: ['/repo/src/ui/a.ts', '/repo/src/main.tsx'] };
    const tags = preloads([chunk('assets/index-boot.js', [], '/repo/src/boot.ts'), grouped, chunk('assets/react-2.js')]);
    expect((tags as unknown as { attrs: { href: string } }[]).map((t) => t.attrs.href)).toEqual([
      './assets/main-1.js',
      './assets/react-2.js',
    ]);
  });

  it('fails the build when the app has no chunk of its own, rather than ship a page that fetches it late', () => {
    expect(() => preloads([chunk('assets/index-boot.js', [], '/repo/src/boot.ts')])).toThrow(/no chunk for src\/main\.tsx/);
  });
});
