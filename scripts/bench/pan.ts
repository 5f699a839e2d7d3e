import { chromium } from 'playwright-core';
import { benchBuild, serve } from './build';
import { CHROMIUM, RENDER_ARGS } from './browser-page';
import type { Row } from './measure';

/**
 * Issue 12, item 1: a camera move replaces only `map=` in the link, so with a filter on it must
 * not rebuild the map's data. Counts the GeoJSON loads MapLibre sends its worker (message type
 * "LD", what setData and updateData post) while the map is panned by keyboard, with a status
 * filter on and, as the control that the counter sees loads at all, while the filter changes.
 */
const COUNT = `(() => {
  window.__loads = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 'LD') window.__loads++;
    return post.call(this, message, ...rest);
  };
})()`;

// A function, not a string: the atlas's CSP refuses eval, which Playwright uses for strings.
const idle = () => document.querySelector('[data-map-state]')?.getAttribute('data-map-state') === 'idle';

export async function benchPan(pans = 8): Promise<Row[]> {
  const site = await serve(await benchBuild());
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: RENDER_ARGS,
  });
  const S = 'pan with a filter on';
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
    await context.addInitScript({ content: COUNT });
    const page = await context.newPage();
    await page.goto(`${site.url}?status=operating&industry=vaccines`);
    await page.locator('[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 120_000 });
    const canvas = page.locator('.map-canvas canvas');
    await canvas.focus();
    const before = (await page.evaluate('window.__loads')) as number;
    const cameras = new Set<string>();
    for (let i = 0; i < pans; i++) {
      const was = new URL(page.url()).searchParams.get('map') ?? '';
      await page.keyboard.press(['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowUp'][i % 4]!);
      // The camera lands in the link (replace) on move end; wait for it, then for the map to settle.
      await page.waitForFunction((before) => new URL(location.href).searchParams.get('map') !== before, was, { timeout: 30_000 });
      cameras.add(new URL(page.url()).searchParams.get('map') ?? '');
      await page.waitForFunction(idle, undefined, { timeout: 30_000, polling: 100 });
    }
    const panned = ((await page.evaluate('window.__loads')) as number) - before;
    // Control: changing the filter does reload the projects (the counter sees real loads).
    await page.goto(`${site.url}?status=operating&industry=vaccines`);
    await page.locator('[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 120_000 });
    const start = (await page.evaluate('window.__loads')) as number;
    await page.evaluate(() => {
      const u = new URL(location.href);
      u.searchParams.set('status', 'signed');
      history.pushState(null, '', u);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction((n) => (window as unknown as { __loads: number }).__loads > n, start, { timeout: 30_000 });
    const control = ((await page.evaluate('window.__loads')) as number) - start;
    return [
      {
        section: S,
        measure: `GeoJSON loads sent to the worker during ${pans} keyboard pans (status and industry filters on; ${cameras.size} camera links written)`,
        value: String(panned),
        target: '0',
        met: panned === 0,
      },
      { section: S, measure: 'control: the status filter changed once (Back/Forward path) → GeoJSON loads', value: String(control) },
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
