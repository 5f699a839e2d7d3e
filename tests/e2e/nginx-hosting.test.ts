import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, isSerious, runAxe } from './axe';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';
import { startNginx, SUB_PATH, type Nginx } from '../../scripts/nginx-server';
import { DIST } from './static-server';

let browser: Browser;
let nginx: Nginx;
beforeAll(async () => {
  [browser, nginx] = await Promise.all([launch(), startNginx(DIST())]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), nginx?.close()]);
});

const JS = /^(application|text)\/javascript/;

describe('served by stock Debian nginx (its mime.types, no cache headers)', () => {
  for (const [where, site] of [
    ['at the root', () => nginx.root],
    ['under a sub-path', () => nginx.sub],
  ] as const) {
    it(`${where}: the map reaches idle and a deep link opens its panel`, async () => {
      const { page, context, consoleErrors, external } = await openPage(browser, '?park=changchun-pharma-valley', undefined, {
        base: site(),
      });
      await waitForMapIdle(page);
      await expect.poll(() => page.locator('#panel-heading').textContent()).toContain('Changchun Pharmaceutical Valley');
      await expect(
        page
          .getByRole('alert')
          .filter({ hasText: /map cannot be shown/i })
          .count(),
      ).resolves.toBe(0);
      await page.screenshot({ path: artifactPath(`nginx-${where.replace(/\W+/g, '-')}.png`) });
      const serious = (await runAxe(page)).filter(isSerious);
      expect(serious, describeViolations(serious)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }

  it('says so in the page when the map cannot start (its worker sent as application/octet-stream)', async () => {
    const { page, context } = await openPage(browser, null, undefined, { base: nginx.root });
    // What a host without .js in its types (or the old .mjs worker on nginx 1.22) sends.
    await page.route(/maplibre-gl-worker/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await page.goto(new URL('?park=changchun-pharma-valley', nginx.root).toString());
    const alert = page.getByRole('alert').filter({ hasText: 'The map cannot be shown' });
    await alert.waitFor({ timeout: 45_000 }).catch(async (e: unknown) => {
      await page.screenshot({ path: artifactPath('nginx-map-failed.png') });
      throw e;
    });
    expect(await alert.textContent()).toContain('did not send its map script as JavaScript');
    const serious = (await runAxe(page)).filter(isSerious);
    expect(serious, describeViolations(serious)).toEqual([]);
    // The rest of the atlas still works.
    await expect.poll(() => page.locator('#panel-heading').textContent()).toContain('Changchun Pharmaceutical Valley');
    await page.screenshot({ path: artifactPath('nginx-map-failed.png') });
    await context.close();
  });

  it('sends every script the atlas loads as JavaScript and answers no request 404', () => {
    const lines = nginx.requests().map((line) => line.split(' '));
    const scripts = lines.filter(([, uri]) => /\.(m?js)$/.test(uri!));
    expect(scripts.some(([, uri]) => /maplibre-gl-worker/.test(uri!))).toBe(true);
    for (const [, uri, , type] of scripts) expect(`${uri} ${type}`).toMatch(/ (application|text)\/javascript/);
    expect(scripts.every(([, , , type]) => JS.test(type ?? ''))).toBe(true);
    expect(lines.filter(([, , status]) => status === '404').map(([, uri]) => uri)).toEqual([]);
    expect(lines.some(([, uri]) => uri!.startsWith(SUB_PATH))).toBe(true);
  });
});
