import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_DRAW_MAX_MS } from '../../src/map/complete-first-draw';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Counts the page's WebGL frames that draw anything: draw calls within one animation frame are
 * one frame. Installed before the page's own scripts, so the map's first frame is counted too.
 */
const COUNT_FRAMES = `(() => {
  const frames = (window.__frames = []);
  let current = null;
  const count = () => {
    if (!current) {
      current = { at: performance.now(), draws: 0 };
      frames.push(current);
      requestAnimationFrame(() => { current = null; });
    }
    current.draws++;
  };
  new MutationObserver(() => {
    if (!window.__canvasAt && document.querySelector('canvas.maplibregl-canvas')) window.__canvasAt = performance.now();
    if (!window.__idleAt && document.querySelector('[data-map-state="idle"]')) window.__idleAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
  for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
    for (const name of ['drawElements', 'drawArrays']) {
      const draw = C.prototype[name];
      C.prototype[name] = function () { count(); return draw.apply(this, arguments); };
    }
  }
})();`;

describe("the map's first frame", () => {
  it.each([
    ['the national view', ''],
    ["a project's link", '?project=genescience-pharma-park'],
  ])('draws %s whole, in one frame rather than one per source as it arrives', async (name, link) => {
    const { page, context, base, consoleErrors } = await openPage(browser, null);
    await context.addInitScript({ content: COUNT_FRAMES });
    await page.goto(base + link);
    await waitForMapIdle(page);
    const { frames, canvasAt, idleAt } = (await page.evaluate(
      '({ frames: window.__frames, canvasAt: window.__canvasAt, idleAt: window.__idleAt })',
    )) as { frames: { at: number; draws: number }[]; canvasAt: number; idleAt: number };
    await page.screenshot({ path: artifactPath(`first-draw-${name.replace(/\W+/g, '-')}.png`) });
    const drawn = frames.filter((f) => f.at <= idleAt);
    // Before this change the national view came in 4–5 frames (6, 3, 9, 49 and 67 draw calls).
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn[0]!.draws).toBeGreaterThanOrEqual(40);
    // A machine so busy that the style took longer than the wait draws what it had by then.
    if (drawn[0]!.at - canvasAt < FIRST_DRAW_MAX_MS - 200) expect(drawn.map((f) => f.draws)).toEqual([drawn[0]!.draws]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
