import { afterFirstContentfulPaint } from './map/after-paint';
import { readPreloads } from './catalog/early-fetch';

/*
 * The page's entry: index.html's first frame (its #root) is painted before the app's script is
 * run. Evaluating that script (React, MapLibre, the schema: 400 KB) takes a phone a second or more,
 * and a browser that has it already (cached, or a fast link) would otherwise run it first and
 * paint nothing meanwhile. The script is fetched with the page all the same: index.html
 * modulepreloads it (scripts/vite-plugin-app-entry.ts), so only its running waits.
 */
const start = () => {
  // The data index.html preloaded is read while the app's script is parsed and run (early-fetch.ts).
  readPreloads();
  void import('./main');
};
const framed = !!document.querySelector('#root > [data-shell]') && !document.documentElement.hasAttribute('data-no-frame');

// Nothing to paint first (a link without the frame), or no paint to come (a tab opened behind).
if (!framed || document.visibilityState === 'hidden') start();
// Once the frame's text is on screen, not only a frame drawn: a first paint of backgrounds alone
// let the script run before the text, which then waited for it.
else afterFirstContentfulPaint(start);
