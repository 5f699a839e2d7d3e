import { afterPaint } from './map/after-paint';

/*
 * The page's entry: index.html's first frame (its #root) is painted before the app's script is
 * run. Evaluating that script (React, MapLibre, the schema: 400 KB) takes a phone a second or more,
 * and a browser that has it already (cached, or a fast link) would otherwise run it first and
 * paint nothing meanwhile. The script is fetched with the page all the same: index.html
 * modulepreloads it (scripts/vite-plugin-app-entry.ts), so only its running waits.
 */
const start = () => void import('./main');
const framed = !!document.querySelector('#root > [data-shell]') && !document.documentElement.hasAttribute('data-no-frame');

if (!framed || document.visibilityState === 'hidden') {
  // Nothing to paint first (a link without the frame), or no paint to come (a tab opened behind).
  start();
} else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  // Once the frame's text is on screen (paint timing), not only a frame drawn: a first paint of
  // backgrounds alone let the script run before the text, which then waited for it.
  let done = false;
  const go = (list?: PerformanceObserverEntryList) => {
    if (done || (list && !list.getEntriesByName('first-contentful-paint').length)) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    start();
  };
  const observer = new PerformanceObserver(go);
  observer.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(() => go(), 1000);
} else afterPaint(start);
