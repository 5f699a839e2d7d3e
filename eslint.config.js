import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first: each may import only those below it (README, Layout). `except` is
 * relative to `from`, for pure leaves a lower layer may share: i18n's placeholder filler (catalog's
 * history text) and ui's element-size hook (the map view measures itself with it).
 */
/** i18n's pure leaves (no store): the placeholder filler, the Bilingual type and the formatters, which catalog code (exports, history text) formats with. */
const PURE_I18N = ['./fill.ts', './bilingual.ts', './format-figure.ts', './format-money.ts', './format-words.ts', './format-date.ts'];
const ORDER = 'catalog → {url, cite} → {store, i18n} → {map, ui} → features → app';
const below = (target, from) => ({
  target: `./src/${target}`,
  from: from.map((f) => `./src/${f}`),
  message: `${target}/ imports only layers below it (${ORDER})`,
});
const LAYER_ZONES = [
  below('catalog', ['url', 'store', 'cite', 'map', 'ui', 'features', 'app', 'main.tsx']),
  { target: './src/catalog', from: './src/i18n', except: [...PURE_I18N], message: `catalog/ imports only layers below it (${ORDER})` },
  // …and those pure files stay pure: no store, no URL, nothing above the catalog.
  ...PURE_I18N.map((file) => ({
    target: `./src/i18n/${file.slice(2)}`,
    from: ['./src/url', './src/store', './src/map', './src/ui', './src/features', './src/app'],
    message: 'The i18n files the catalog uses stay pure: they import the catalog only.',
  })),
  below('cite', ['url', 'store', 'i18n', 'map', 'ui', 'features', 'app', 'main.tsx']),
  below('url', ['store', 'i18n', 'cite', 'map', 'ui', 'features', 'app', 'main.tsx']),
  below('store', ['i18n', 'cite', 'map', 'ui', 'features', 'app', 'main.tsx']),
  below('i18n', ['store', 'cite', 'map', 'ui', 'features', 'app', 'main.tsx']),
  below('map', ['cite', 'features', 'app', 'main.tsx']),
  { target: './src/map', from: './src/ui', except: ['./use-size-ref.ts'], message: `map/ imports only layers below it (${ORDER})` },
  below('ui', ['map', 'features', 'app', 'main.tsx']),
  below('features', ['app', 'main.tsx']),
  below('app', ['main.tsx']),
  // Feature folders never import each other (bulletproof-react): the app composes them. Read
  // from the disk, so a new feature is covered the day it is added.
  ...readdirSync(`${import.meta.dirname}/src/features`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      target: `./src/features/${d.name}`,
      from: './src/features',
      except: [`./${d.name}`],
      message: 'Features must not import other features; move what both need to ui/, catalog/ or the app.',
    })),
  // The atlas never reaches into the build scripts or the tests.
  { target: './src', from: ['./scripts', './tests'] },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-artifacts', 'bench-results', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // import-x reads only .js files for its graph unless told: no-cycle would see no edges.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nothing but the map owner may load maplibre-gl at run time (type imports are fine).
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'maplibre-gl', message: 'Only src/map/atlas-map.tsx owns MapLibre.', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      // In a cycle, load order decides what a module sees (a binding still undefined at import
      // time). `import type` edges vanish at run time, so the rule skips them.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Vitest's ProvidedContext can only be extended by declaration merging.
    files: ['tests/e2e/global-setup.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['src/map/atlas-map.tsx', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Issue 12: the rest of the app sees a map only as MapApi, so not even MapLibre's types reach it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/atlas-map.tsx', 'src/map/atlas-controller.ts', 'src/map/map-adapter.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'maplibre-gl',
              message: 'Use MapApi (src/map/map-api.ts): only atlas-map.tsx, atlas-controller.ts and map-adapter.ts hold MapLibre.',
            },
          ],
        },
      ],
    },
  },
);
