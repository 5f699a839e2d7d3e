import type { Plugin } from 'vite';

/**
 * index.html's entry (src/boot.ts) imports the app (src/main.tsx) only after the first frame is
 * painted. A dynamic import's chunks are not in the page's own preloads, so they would start
 * downloading only then: this lists the app's chunks as `<link rel="modulepreload">`, fetched and
 * compiled beside the page's CSS and data, run when boot.ts asks for them.
 */
export function appEntryPreload(entry = 'src/main.tsx'): Plugin {
  return {
    name: 'atlas-app-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const main = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${entry}`));
        if (!main) throw new Error(`atlas-app-entry: no chunk for ${entry} in the build`);
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const next of chunks.find((chunk) => chunk.fileName === file)?.imports ?? []) visit(next);
        };
        visit(main.fileName);
        // The page's own entry (src/boot.ts, which the app imports too) is already its <script>.
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        return [...files]
          .filter((file) => !entries.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
