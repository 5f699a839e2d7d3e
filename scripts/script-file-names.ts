/**
 * Every script a build emits ends in .js: stock servers (Debian nginx 1.22's mime.types) send .mjs
 * as application/octet-stream, and a browser refuses to run MapLibre's worker from it (issue 13).
 * For `build.rolldownOptions.output.assetFileNames`: the atlas's build and the bench's floor pages.
 */
export const assetFileNames = (asset: { names: readonly string[] }): string =>
  `assets/[name]-[hash]${asset.names[0]?.endsWith('.mjs') ? '.js' : '[extname]'}`;
