import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

// Browser tests run against the production build, served on loopback like `npm start` does.
let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // ATLAS_DIST lets parallel work build to its own folder (npx vite build --outDir X).
  const outDir = process.env.ATLAS_DIST ?? 'dist';
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir}/ is missing: the test command builds before the browser tests (npm test), or run \`npx vite build\` first.`);
  }
  server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
