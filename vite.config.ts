import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { atlasData } from './scripts/vite-plugin-atlas-data.ts';
import { atlasDownloads } from './scripts/vite-plugin-atlas-downloads.ts';
import { atlasFonts } from './scripts/vite-plugin-atlas-fonts.ts';
import { atlasHistory } from './scripts/vite-plugin-history.ts';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { serviceWorker } from './scripts/vite-plugin-service-worker.ts';
import { appEntryPreload } from './scripts/vite-plugin-app-entry.ts';
import { maplibrePlacement } from './scripts/vite-plugin-maplibre-placement.ts';
import { assetFileNames } from './scripts/script-file-names.ts';

export default defineConfig({
  // Relative base: the built atlas works from any sub-path of any static host.
  base: './',
  // ATLAS_DATA_DIR: build another catalog folder (tests/e2e/nginx-update.test.ts deploys a changed one).
  plugins: [
    react(),
    // Before atlasData: its font-faces.json preload then comes ahead of the 23 park files' (the map's first style needs it).
    atlasFonts(),
    atlasData(process.env.ATLAS_DATA_DIR ? resolve(process.env.ATLAS_DATA_DIR) : undefined),
    atlasHistory(process.env.ATLAS_DATA_DIR ? resolve(process.env.ATLAS_DATA_DIR) : undefined),
    atlasDownloads(process.env.ATLAS_DATA_DIR ? resolve(process.env.ATLAS_DATA_DIR) : undefined),
    contentSecurityPolicy(),
    serviceWorker(),
    appEntryPreload(),
    maplibrePlacement(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // One stylesheet, linked from index.html: the app's script now runs after the first frame
    // (src/boot.ts), and CSS split with it would leave that frame (index.html's #root) unstyled.
    cssCodeSplit: false,
    rolldownOptions: { output: { assetFileNames } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      // Headroom for the 100,000-project and whole-catalog tests on a busy 2-core machine (1-3 s when quiet).
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      {
        extends: true,
        // jsdom renders the long-catalog lists in 1-2 s on a quiet machine; a busy 2-core one needs headroom.
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
