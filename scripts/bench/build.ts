import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

/** Where the bench builds the atlas (and the bare MapLibre floor page under bare/). */
export const BENCH_DIST = resolve('.scratch/bench-dist');

let built: Promise<string> | undefined;

/**
 * Builds the atlas once per bench run into .scratch/bench-dist with the project's own config,
 * then the bare floor page (scripts/bench/bare) into .scratch/bench-dist/bare with a small inline
 * config, so both fetch the same data/ and fonts/ from one server.
 */
export function benchBuild(): Promise<string> {
  built ??= (async () => {
    console.error('bench: building the atlas into .scratch/bench-dist…');
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: BENCH_DIST, emptyOutDir: true } });
    await build({
      configFile: false,
      root: resolve('scripts/bench/bare'),
      base: './',
      logLevel: 'warn',
      build: { outDir: resolve(BENCH_DIST, 'bare'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
    });
    if (!existsSync(resolve(BENCH_DIST, 'bare/index.html'))) throw new Error('the bare MapLibre page did not build');
    return BENCH_DIST;
  })();
  return built;
}

/** Serves a build folder like `npm start` does (vite preview), on loopback, on a free port. */
export async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
