import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForMapIdle } from './browser';

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
