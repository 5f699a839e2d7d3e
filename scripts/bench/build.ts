import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { writeContentFloor } from './content-floor';
import { maplibrePlacement } from '../vite-plugin-maplibre-placement';
import { NGINX, startNginx } from '../nginx-server';
import { assetFileNames } from '../script-file-names';

/**
 * Where this bench run builds the atlas (and the bare MapLibre floor page under bare/): a folder
 * of its own, removed when the run exits. Builds empty their outDir first, so with one shared
 * folder a second `npm run bench` started meanwhile (the machine is shared) wiped the pages the
 * first was serving: they answered 404, which Lighthouse reports as CHROME_INTERSTITIAL_ERROR.
 */
export const BENCH_DIST = resolve(`.scratch/bench-dist-${process.pid}`);

/** Removes the build folders of bench runs that ended without removing theirs (killed). */
function sweepDeadRuns(): void {
  const scratch = resolve('.scratch');
  if (!existsSync(scratch)) return;
  for (const name of readdirSync(scratch)) {
    const pid = Number(/^bench-dist-(\d+)(-[\w-]+)?$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    rmSync(resolve(scratch, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A folder of this run's own beside BENCH_DIST (the synthetic catalogs' sites), removed when the
 * run exits: shared folders let one run rewrite the catalog another was serving.
 */
export function runFolder(suffix: string): string {
  const dir = `${BENCH_DIST}-${suffix}`;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

let built: Promise<string> | undefined;

/**
 * Builds the atlas once per bench run into BENCH_DIST with the project's own config, then the
 * bare floor page (scripts/bench/bare) into BENCH_DIST/bare with a small inline config, so both
 * fetch the same data/ and fonts/ from one server, with the real catalog's map data for its content floor.
 */
export function benchBuild(): Promise<string> {
  built ??= (async () => {
    sweepDeadRuns();
    process.once('exit', () => rmSync(BENCH_DIST, { recursive: true, force: true }));
    console.error(`bench: building the atlas into ${BENCH_DIST}…`);
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: BENCH_DIST, emptyOutDir: true } });
    await build({
      configFile: false,
      root: resolve('scripts/bench/bare'),
      base: './',
      logLevel: 'warn',
      // MapLibre as the atlas ships it, so the floors differ from the atlas only in what they draw.
      plugins: [maplibrePlacement()],
      // Its worker a .js file too: the bench also serves both pages from stock nginx.
      build: {
        outDir: resolve(BENCH_DIST, 'bare'),
        emptyOutDir: true,
        target: 'es2022',
        chunkSizeWarningLimit: 4000,
        rolldownOptions: { output: { assetFileNames } },
      },
    });
    if (!existsSync(resolve(BENCH_DIST, 'bare/index.html'))) throw new Error('the bare MapLibre page did not build');
    writeContentFloor(resolve('data'), resolve(BENCH_DIST, 'bare/content-real.json'));
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

/**
 * Serves a build folder as a host would (Debian's stock nginx: scripts and data sent uncompressed,
 * no cache headers), on loopback; null where nginx is not installed. vite preview compresses each
 * response as it sends it, on the same two cores as the browser.
 */
export async function serveLikeAHost(outDir: string): Promise<{ url: string; close: () => Promise<void> } | null> {
  if (!existsSync(NGINX)) return null;
  const nginx = await startNginx(outDir);
  return { url: nginx.root, close: () => nginx.close() };
}
