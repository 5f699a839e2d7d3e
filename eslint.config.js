import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-artifacts', 'bench-results', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nothing but the map owner may load maplibre-gl at run time (type imports are fine).
      'no-restricted-imports': ['error', {
        paths: [{ name: 'maplibre-gl', message: 'Only src/map/atlas-map.tsx owns MapLibre.', allowTypeImports: true }],
      }],
    },
  },
  {
    // Vitest's ProvidedContext can only be extended by declaration merging.
    files: ['tests/e2e/global-setup.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['src/map/atlas-map.tsx', 'src/map/maplibre-runtime.ts', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Feature folders never import each other (bulletproof-react); the app composes them.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'maplibre-gl', allowTypeImports: true }],
        patterns: [{ regex: '^\\.\\./[^.]|/features/', message: 'Features must not import other features.' }],
      }],
    },
  },
  {
    // Issue 12: the rest of the app sees a map only as MapApi, so not even MapLibre's types reach it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/**', 'src/map/atlas-map.tsx', 'src/map/atlas-controller.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'maplibre-gl', message: 'Use MapApi (src/map/map-api.ts): only atlas-map.tsx and atlas-controller.ts hold MapLibre.' }],
      }],
    },
  },
);
