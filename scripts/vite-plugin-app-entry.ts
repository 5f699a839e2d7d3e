import type { Plugin, Rolldown } from 'vite';

/** Whether module `id` (absolute, any OS) is the project file `path` (relative to the root). */
const isFile = (id: string | null, path: string) => !!id?.replaceAll('\\', '/').endsWith(`/${path}`);

/** Every module `entry` reaches through static imports (itself included). */
function staticClosure(ctx: Rolldown.PluginContext, entry: string, into: Set<string>): void {
  const start = [...ctx.getModuleIds()].find((id) => isFile(id, entry));
  const stack = start ? [start] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (into.has(id)) continue;
    into.add(id);
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
}

/**
 * index.html's entry (src/boot.ts) imports the app (src/main.tsx) only after the first frame is
 * painted. A dynamic import's chunks are not in the page's own preloads, so they would start
 * downloading only then: this lists the app's chunks as `<link rel="modulepreload">`, fetched and
 * compiled beside the page's CSS and data, run when boot.ts asks for them.
 *
 * Left to itself, the bundler split the modules the app shares with its on-demand views (a dynamic
 * import's modules are not taken as loaded) into nine small chunks, +4.8 KB gzip for the first
 * view; and it put a module boot.ts shares with the app into the app's chunk, which boot.ts then
 * imported statically, running the app before the first paint. Two chunk groups keep each whole:
 * boot's modules in one, the rest of the app's static imports in the app's.
 *
 * `firstView`: modules the app imports on demand but its first view needs, preloaded with it:
 * atlas-map.tsx, whose chunk (MapLibre) src/map/atlas-map-slot.tsx imports.
 */
export function appEntryPreload(entry = 'src/main.tsx', boot = 'src/boot.ts', firstView = ['src/map/atlas-map.tsx']): Plugin {
  const bootModules = new Set<string>();
  const appModules = new Set<string>();
  return {
    name: 'atlas-app-entry',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'boot', test: (id: string) => bootModules.has(id), priority: 2 },
                // Rolldown's own virtual modules (its runtime, Vite's preload helper) stay where it puts them.
                { name: 'main', test: (id: string) => appModules.has(id) && !bootModules.has(id) && !id.startsWith('\0'), priority: 1 },
              ],
            },
          },
        },
      },
    }),
    buildEnd() {
      staticClosure(this, boot, bootModules);
      staticClosure(this, entry, appModules);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const chunkOf = (path: string) =>
          chunks.find((chunk) => isFile(chunk.facadeModuleId, path) || chunk.moduleIds.some((id) => isFile(id, path)));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (start: string[]) => {
          const files = new Set<string>();
          const visit = (file: string) => {
            if (files.has(file)) return;
            files.add(file);
            for (const next of byFile.get(file)?.imports ?? []) visit(next);
          };
          start.forEach(visit);
          return files;
        };
        const main = chunkOf(entry);
        if (!main) throw new Error(`atlas-app-entry: no chunk for ${entry} in the build`);
        const lazy = firstView.map((path) => {
          const chunk = chunkOf(path);
          if (!chunk) throw new Error(`atlas-app-entry: no chunk for ${path} in the build`);
          return chunk.fileName;
        });
        // The page's entry and what it imports statically are its own <script> and Vite's preloads.
        const page = closure(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        // Last in <head>, after the data, and at low priority: nothing of them runs before the
        // frame's first paint (boot.ts waits for it), and that is what the hint tells the browser.
        // At the default (high, as for a blocking script) they competed with the frame's CSS,
        // fonts and data: alternated on loopback (7 rounds), the app started 75–95 ms and a project
        // link's panel ~90 ms sooner at low priority. (Lighthouse's phone simulation also takes a
        // high-priority script finished before first paint as holding that paint up.) Issue 13's notes.
        return [...closure([main.fileName, ...lazy])]
          .filter((file) => !page.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}`, fetchpriority: 'low' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
