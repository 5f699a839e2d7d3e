import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForMapIdle } from './browser';
import { DIST, serveStatic, type StaticServer } from './static-server';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveStatic(DIST(), '/some/sub/path/')]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

const under = (paths: string[], dir: string) => paths.filter((p) => p.startsWith(`/some/sub/path/${dir}`));

describe('hosted under a sub-path by a plain static server', () => {
  it('loads catalog, fonts and basemap from the sub-path, reaches map idle, and asks for nothing else', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, '?park=changchun-pharma-valley', undefined, {
      base: site.url,
    });
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('#panel-heading').textContent()).toContain('Changchun Pharmaceutical Valley');
    // A deep link keeps working after the app moves around in history.
    await page.getByRole('link', { name: /All parks/ }).click();
    await page.getByRole('navigation', { name: 'Parks' }).waitFor();

    expect(site.notFound).toEqual([]);
    expect(site.served.filter((p) => !p.startsWith('/some/sub/path/'))).toEqual([]);
    expect(under(site.served, 'assets/').length).toBeGreaterThanOrEqual(2);
    expect(under(site.served, 'data/')).toEqual(
      expect.arrayContaining([
        '/some/sub/path/data/index.json',
        '/some/sub/path/data/sources.json',
        '/some/sub/path/data/basemap/manifest.json',
      ]),
    );
    expect(under(site.served, 'data/parks/').length).toBeGreaterThan(0);
    expect(under(site.served, 'fonts/')).toContain('/some/sub/path/fonts/font-faces.json');
    expect(under(site.served, 'fonts/').some((p) => p.endsWith('.woff2'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
