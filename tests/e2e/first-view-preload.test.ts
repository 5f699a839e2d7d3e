import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdRequests, launch, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * index.html preloads what the first view fetches (scripts/vite-plugin-atlas-data.ts and
 * -atlas-fonts.ts). A preload the page's own fetch() does not match (another URL, another
 * credentials or cache mode) is downloaded twice, and the first view waits for the second copy:
 * so every preloaded URL must be requested once, and every basemap file the first view asks for
 * must be one of them.
 */
describe("the first view's files start with the page and are downloaded once", () => {
  it('requests each preloaded file once and fetches no basemap file outside the preloads', async () => {
    const { page, context, consoleErrors, external, base } = await openPage(browser, null, { width: 412, height: 700 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const requested: string[] = [];
    cdp.on('Network.requestWillBeSent', (event) => requested.push(event.request.url));
    await page.goto(base);
    await waitForMapIdle(page);
    const preloads = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.href));
    const path = (url: string) => new URL(url).pathname;
    expect(preloads.map(path)).toEqual(
      expect.arrayContaining([
        '/data/index.json',
        '/data/basemap/manifest.json',
        '/data/basemap/attribution.json',
        '/data/basemap/countries.geojson',
        '/fonts/font-faces.json',
      ]),
    );
    for (const url of preloads)
      expect(
        requested.filter((r) => r === url),
        url,
      ).toHaveLength(1);
    const firstView = requested.filter((url) => /\/data\/basemap\/[^/]+$|\/fonts\/font-faces\.json/.test(new URL(url).pathname));
    expect(firstView.filter((url) => !preloads.includes(url))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});

// WebGL clears by the page's maps, counted from the first script (a string, so nothing the test's transform adds reaches the page).
const COUNT_FRAMES = `window.__clears = 0;
for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
  const clear = C.prototype.clear;
  C.prototype.clear = function (mask) { window.__clears++; return clear.call(this, mask); };
}`;

/**
 * The map is made once the basemap's files are in, and drawn once its style holds the atlas (with
 * the catalog). Made with a placeholder style, it drew frames of plain land while the catalog was
 * parsed, each a canvas read-back where WebGL is software-rendered, and reached its first idle later.
 */
describe('the map draws nothing before its style has the atlas in it', () => {
  it('makes the map early but draws its first frame with the catalog', async () => {
    const { page, context, consoleErrors, base } = await openPage(browser, null);
    await context.addInitScript(COUNT_FRAMES);
    const release = await holdRequests(page, /\/data\/index\.json/);
    await page.goto(base);
    await page.locator('.map-canvas canvas.maplibregl-canvas').waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(700);
    expect(await page.evaluate('window.__clears')).toBe(0);
    release();
    await waitForMapIdle(page);
    expect(await page.evaluate('window.__clears')).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/**
 * The app's script and the map's (MapLibre in a chunk of its own, src/map/atlas-map-slot.tsx) are
 * preloaded together: parsed in parallel, the panel no longer waits for MapLibre's parse. If the
 * map's chunk cannot be fetched, the rest of the atlas still works and the page says why.
 */
describe("the app's and the map's scripts", () => {
  it('are both preloaded with the page, at low priority, each requested once', async () => {
    const { page, context, consoleErrors, base } = await openPage(browser, null);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const requested: string[] = [];
    const priority = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      requested.push(new URL(event.request.url).pathname);
      priority.set(new URL(event.request.url).pathname, event.request.initialPriority);
    });
    await page.goto(base);
    await waitForMapIdle(page);
    const links = await page.evaluate(() => [...document.head.querySelectorAll('link')].map((l) => `${l.rel} ${new URL(l.href).pathname}`));
    const at = (re: RegExp) => links.findIndex((l) => re.test(l));
    for (const chunk of [/^modulepreload \/assets\/main-[\w-]+\.js$/, /^modulepreload \/assets\/atlas-map-[\w-]+\.js$/]) {
      expect(at(chunk), String(chunk)).toBeGreaterThanOrEqual(0);
      const path = links[at(chunk)]!.split(' ')[1]!;
      expect(
        requested.filter((r) => r === path),
        path,
      ).toHaveLength(1);
      // Fetched after what the first paint needs (the browser honours the frame's hint).
      expect(priority.get(path), path).toBe('Low');
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("keep the panel working and say so when the map's chunk cannot be fetched", async () => {
    const { page, context, base } = await openPage(browser, null);
    await page.route(/\/assets\/atlas-map-[\w-]+\.js$/, (route) => route.abort('failed'));
    await page.goto(new URL('?project=genescience-pharma-park', base).toString());
    await expect(
      page.getByRole('alert').filter({ hasText: 'its script could not be loaded' }).waitFor({ timeout: 20_000 }),
    ).resolves.toBeUndefined();
    await expect(page.locator('#panel-heading').textContent()).resolves.toMatch(/\S/);
    expect(await page.locator('.map-canvas').getAttribute('data-map-state')).toBe('failed');
    await context.close();
  });
});
