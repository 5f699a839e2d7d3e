import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CITY_VIEWS } from '../fixtures/basemap-cities';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Cities that share a region share its files: the browser opens one city per region, and
// tests/unit/basemap-regions.test.ts places every city view in its region.

const CITIES = [...new Map(CITY_VIEWS.map((c) => [c.region, c] as const)).values()];
// Small, still the desktop layout: SwiftShader draws every pixel on the CPU.
const VIEWPORT = { width: 900, height: 620 };

/** Bytes of every basemap GeoJSON the page fetched, by path. */
function trackBasemap(page: Page): Map<string, number> {
  const fetched = new Map<string, number>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!/\/data\/basemap\/.+\.geojson$/.test(path)) return;
    void response
      .body()
      .then((b) => fetched.set(path.replace(/^.*\/data\/basemap\//, ''), b.length))
      .catch(() => undefined);
  });
  return fetched;
}

/** openPage navigates unless given null: the response listener must be in place first. */
const NO_NAVIGATION = null as unknown as string;

const total = (fetched: Map<string, number>) => [...fetched.values()].reduce((a, b) => a + b, 0);

describe('basemap detail by region', () => {
  it('the national first view fetches no region detail', async () => {
    const { page, context } = await openPage(browser, NO_NAVIGATION, VIEWPORT);
    const fetched = trackBasemap(page);
    await page.goto(new URL('', inject('baseUrl')).toString());
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    expect([...fetched.keys()].filter((f) => f.startsWith('regions/'))).toEqual([]);
    expect(fetched.has('countries.geojson')).toBe(true);
    console.log(`national first view: ${total(fetched)} bytes of basemap GeoJSON (${[...fetched.keys()].join(', ')})`);
    await page.screenshot({ path: artifactPath('basemap-national.png') });
    await context.close();
  });

  it('a Changchun park link fetches the national files and the Changchun region only', async () => {
    const { page, context } = await openPage(browser, NO_NAVIGATION, VIEWPORT);
    const fetched = trackBasemap(page);
    await page.goto(new URL('?park=changchun-pharma-valley', inject('baseUrl')).toString());
    await page.locator('[data-basemap-regions~="changchun"]').first().waitFor({ state: 'attached', timeout: 45_000 });
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    const regions = new Set([...fetched.keys()].filter((f) => f.startsWith('regions/')).map((f) => f.split('/')[1]));
    expect([...regions]).toEqual(['changchun']);
    console.log(`Changchun park view: ${total(fetched)} bytes of basemap GeoJSON (${fetched.size} files)`);
    await page.screenshot({ path: artifactPath('basemap-changchun.png') });
    await context.close();
  });

  for (const { city, region, map } of CITIES) {
    it(`${city}: fetches the ${region} region and draws it`, async () => {
      const { page, context, consoleErrors } = await openPage(browser, NO_NAVIGATION, VIEWPORT);
      const fetched = trackBasemap(page);
      await page.goto(new URL(`?map=${map}`, inject('baseUrl')).toString());
      const container = page.locator(`[data-basemap-regions~="${region}"]`).first();
      await container.waitFor({ state: 'attached', timeout: 45_000 });
      await waitForMapIdle(page);
      await page.waitForTimeout(300);
      expect([...fetched.keys()].some((f) => f.startsWith(`regions/${region}/`))).toBe(true);
      // Only regions the view reaches: a city view never pulls in all of China.
      const regions = new Set([...fetched.keys()].filter((f) => f.startsWith('regions/')).map((f) => f.split('/')[1]));
      expect(regions.size).toBeLessThanOrEqual(2);
      expect(consoleErrors).toEqual([]);
      await page.screenshot({ path: artifactPath(`basemap-${city}.png`) });
      await context.close();
    });
  }
});
