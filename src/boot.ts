import { afterPaint } from './map/after-paint';

/*
 * The page's entry: index.html's first frame (its #root) is painted before the app's script is
 * run. Evaluating that script (React, MapLibre, the schema: 400 KB) takes a phone a second or more,
 * and a browser that has it already (cached, or a fast link) would otherwise run it first and
 * paint nothing meanwhile. The script is fetched with the page all the same: index.html
 * modulepreloads it (scripts/vite-plugin-app-entry.ts), so only its running waits, for one frame.
 */
afterPaint(() => void import('./main'));
