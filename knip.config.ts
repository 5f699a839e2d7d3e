import type { KnipConfig } from 'knip';

// Knip finds files nothing reaches and exports nobody imports. Its Vite, Vitest and ESLint plugins
// read vite.config.ts (index.html → src/main.tsx, the test projects) and package.json's scripts;
// the entries below are the ones no config names.
const config: KnipConfig = {
  entry: [
    // Run by hand (README: "Regenerating the basemap").
    'scripts/basemap/build-basemap.ts',
    // Built by scripts/bench/build.ts as its own Vite root (the bare MapLibre floor page).
    'scripts/bench/bare/index.html',
    'scripts/bench/bare/bare.ts',
    // Copied as is and registered by URL (src/app/register-sw.ts), never imported.
    'public/sw.js',
  ],
  // An export also used in its own file is not dead code, only wider than it needs to be.
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // Read from node_modules by path: the font CSS by scripts/vite-plugin-atlas-fonts.ts, axe.min.js
    // by tests/e2e/axe.ts (injected into pages, never imported).
    '@fontsource/noto-sans',
    '@fontsource/noto-sans-sc',
    'axe-core',
  ],
  // Debian's poppler-utils and gdal-bin (installed by .ci/run), gmt (the basemap script, by hand) and
  // dpkg-query: npm cannot provide them.
  ignoreBinaries: ['pdftotext', 'pdftoppm', 'pdfinfo', 'ogrinfo', 'gmt', 'dpkg-query'],
};

export default config;
