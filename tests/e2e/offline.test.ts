import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';
import { DIST, serveStatic, type StaticServer } from './static-server';

let browser: Browser;
let site: StaticServer;
// Its own server, under a sub-path, so the test can take the network away for real (setOffline and a closed server).
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveStatic(DIST(), '/atlas/')]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

const VALLEY = 'Changchun Pharmaceutical Valley';

describe('offline after one visit', () => {
  it('installs a service worker, then loads park, list and map with the network cut', async () => {
    const atlas = await openPage(browser, '?park=changchun-pharma-valley', undefined, { base: site.url, serviceWorkers: 'allow' });
    const { page, context, consoleErrors, external } = atlas;
    await waitForMapIdle(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(site.url);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // The fonts the first view fetched before the worker took over are cached too.
    await page.locator('html[data-offline-ready]').waitFor({ state: 'attached' });
    const caches = await page.evaluate(() => window.caches.keys());
    expect(caches).toEqual([expect.stringMatching(/^atlas-[0-9a-f]{16}$/)]);
    const cached = await page.evaluate(async (name) => (await (await window.caches.open(name)).keys()).map((r) => r.url), caches[0]!);
    expect(cached).toEqual(
      expect.arrayContaining([`${site.url}index.html`, `${site.url}data/index.json`, `${site.url}fonts/font-faces.json`]),
    );
    expect(cached.some((url) => url.endsWith('.woff2'))).toBe(true);

    await context.setOffline(true);
    await site.close();
    consoleErrors.length = 0;
    await page.reload();
    await expect.poll(() => page.locator('#panel-heading').textContent()).toContain(VALLEY);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.__atlasMap?.renderedFeatureIds('atlas-zone').length ?? 0)).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('offline.png') });
    await page
      .getByRole('link', { name: /All parks/ })
      .first()
      .click();
    const parks = page.getByRole('navigation', { name: 'Parks' });
    await parks.getByRole('link', { name: new RegExp(VALLEY) }).waitFor();
    expect(await parks.getByRole('link').count()).toBeGreaterThanOrEqual(5);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
