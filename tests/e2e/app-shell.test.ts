import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, holdRequests, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What a reader sees first and what lays the page out: each must stay where the frame drew it. */
const PARTS = [
  'h1',
  '.search input',
  '.view-switch',
  '.lang-toggle button[lang="zh-Hans"]',
  '.map-stage',
  '.maplibregl-ctrl-attrib-inner',
  '.map-reset',
  '.map-basemap summary',
  '.timeline-bar',
  '.sheet-action',
  '.side-panel-body p',
];

/** Each part's box, rounded to the pixel, inside the element `scope` selects. */
const boxes = (page: Page, scope: string) =>
  page.evaluate(
    ([scope, parts]) =>
      Object.fromEntries(
        parts.map((part) => {
          const box = document.querySelector(`${scope} ${part}`)?.getBoundingClientRect();
          return [part, box ? [box.x, box.y, box.width, box.height].map(Math.round).join(' ') : 'missing'];
        }),
      ),
    [scope, PARTS] as const,
  );

/**
 * index.html holds the first view's frame (issue 13: a phone on slow 4G saw a blank page until
 * 400 KB of script had arrived and run). Measured with the app's script held back, then let go
 * with the catalog still held, so the app's first render is what replaces the frame.
 */
describe("the first frame, before the app's script", () => {
  it.each([
    ['a phone', { width: 412, height: 823 }],
    ['a desktop screen', { width: 1350, height: 940 }],
  ])('is drawn before the script and nothing in it moves when the app takes over, on %s', async (name, viewport) => {
    const { page, context, consoleErrors, base } = await openPage(browser, null, viewport);
    const releaseScript = await holdRequests(page, /\/assets\/main-[^/]+\.js$/);
    const releaseIndex = await holdRequests(page, /\/data\/index\.json/);
    await page.goto(base, { waitUntil: 'commit' });
    const frame = page.locator('#root > [data-shell]');
    await frame.locator('h1', { hasText: 'Pharma Parks Atlas' }).waitFor();
    await expect(frame.getByText('Loading the catalog…').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: artifactPath(`app-shell-${name.replace(/\W+/g, '-')}.png`) });
    const before = await boxes(page, '#root > [data-shell]');
    expect(Object.values(before)).not.toContain('missing');

    // Inert: nothing in it takes focus or a click before the app is there to answer it.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => !!document.activeElement?.closest('[data-shell]'))).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '中文' }).count()).resolves.toBe(0);

    releaseScript();
    await page.locator('#root > .app:not([data-shell])').waitFor();
    await expect(page.locator('[data-shell]').count()).resolves.toBe(0);
    expect(await boxes(page, '#root > .app')).toEqual(before);
    releaseIndex();
    await page.getByRole('button', { name: '中文' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.each([
    ['the default link, with the frame', '', true],
    ['a Chinese link, without the frame (it shows English)', '?lang=zh', false],
  ])("paints first, before the app's script runs even when that is already there: %s", async (_, link, frameFirst) => {
    const { page, context, consoleErrors, base } = await openPage(browser, null);
    // The stylesheet comes late, so the app's script is in (preloaded) before the frame can paint:
    // only the wait in src/boot.ts then keeps the script from running first.
    await page.route(/\/assets\/style-[^/]+\.css$/, async (route) => {
      await new Promise((done) => setTimeout(done, 500));
      await route.fallback();
    });
    await page.goto(new URL(link, base).toString());
    await page.getByRole('button', { name: 'English' }).waitFor();
    // The app's start is src/main.tsx's mark, after its 400 KB have been evaluated: text painted
    // before it can only be the frame's, and without the frame the first text is the app's.
    // Paint timing reports a frame once it is presented, which on a busy machine can come after
    // the button is in the DOM: wait for the entry rather than read it at once.
    await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0");
    const { fcp, appStart } = (await page.evaluate(
      "({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, appStart: performance.getEntriesByName('atlas-app-start')[0]?.startTime })",
    )) as { fcp?: number; appStart?: number };
    expect(fcp).toBeTypeOf('number');
    expect(appStart).toBeTypeOf('number');
    expect(fcp! < appStart!, `first contentful paint at ${fcp} ms, the app's start at ${appStart} ms`).toBe(frameFirst);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
