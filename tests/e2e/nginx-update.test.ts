import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, waitForMapIdle } from './browser';
import { startNginx, type Nginx } from '../../scripts/nginx-server';
import { DIST } from './static-server';

/**
 * A deploy reaches readers on a host that sends no Cache-Control (nginx's default), where a
 * browser may call a month-old file fresh for three days. The first build's files are dated 30
 * days back; the second build changes one figure (the valley's target of 1,000 enterprises).
 */
const work = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
const site = join(work, 'site');
const next = join(work, 'next');
const PARK = 'changchun-pharma-valley';
const OLD = 'more than 1,000 companies';
const NEW = 'more than 1,234 companies';

function age(dir: string, days: number): void {
  const when = new Date(Date.now() - days * 86_400_000);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) age(path, days);
    utimesSync(path, when, when);
  }
}

async function buildChanged(): Promise<void> {
  const data = join(work, 'data');
  cpSync('data', data, { recursive: true });
  const file = join(data, 'parks', `${PARK}.json`);
  const park = JSON.parse(readFileSync(file, 'utf8')) as { keyFigures: { figure: { values: { value: number; unit: string }[] } }[] };
  const target = park.keyFigures.flatMap((k) => k.figure.values).find((v) => v.unit === 'companies' && v.value === 1000);
  if (!target) throw new Error(`${file}: the figure this test changes is gone; pick another`);
  target.value = 1234;
  writeFileSync(file, JSON.stringify(park));
  process.env.ATLAS_DATA_DIR = data;
  try {
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: next, emptyOutDir: true } });
  } finally {
    delete process.env.ATLAS_DATA_DIR;
  }
}

let browser: Browser;
let nginx: Nginx;
beforeAll(async () => {
  cpSync(DIST(), site, { recursive: true });
  age(site, 30);
  [browser, nginx] = await Promise.all([launch(), startNginx(site), buildChanged()]).then(([b, n]) => [b, n] as const);
}, 180_000);
afterAll(async () => {
  await Promise.all([browser?.close(), nginx?.close()]);
  rmSync(work, { recursive: true, force: true });
});

const figures = (page: Page) => page.locator('#side-panel-body').textContent();

describe('a deploy reaches readers (nginx, no cache headers, service worker on)', () => {
  it('shows the changed figure on the next load, and tells a page left open that the atlas was updated', async () => {
    const url = `${nginx.root}?park=${PARK}`;
    // Not openPage: its request guard routes every request, and Chromium turns its HTTP cache off
    // for a routed page, the very cache this test is about. Requests are watched, not routed.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
    const external: string[] = [];
    const consoleErrors: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(nginx.root)) external.push(request.url());
    });
    const first = { page: await context.newPage(), context, external, consoleErrors };
    first.page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    first.page.on('pageerror', (error) => consoleErrors.push(error.message));
    await first.page.goto(url);
    await waitForMapIdle(first.page);
    await expect.poll(() => figures(first.page)).toContain(OLD);
    // Installed after the first idle, in control, with the first view's fonts cached.
    await first.page.locator('html[data-offline-ready]').waitFor({ state: 'attached', timeout: 45_000 });

    // Deploy: the new build copied over the old one, as `cp -r dist/* /var/www/` does.
    cpSync(next, site, { recursive: true, force: true });

    const second = await first.context.newPage();
    await second.goto(url);
    await expect.poll(() => figures(second), { timeout: 20_000 }).toContain(NEW);
    expect(await figures(second)).not.toContain(OLD);
    // The new page is the new build: nothing to announce there.
    await second.waitForTimeout(1000);
    expect(await second.getByText('This atlas has been updated').count()).toBe(0);

    // The tab opened before the deploy still shows the old figure, and says so.
    const notice = first.page.getByRole('status').filter({ hasText: 'This atlas has been updated — reload' });
    await notice.waitFor({ timeout: 30_000 });
    await first.page.screenshot({ path: artifactPath('update-notice.png') });
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => figures(first.page), { timeout: 30_000 }).toContain(NEW);
    expect(first.consoleErrors).toEqual([]);
    expect(first.external).toEqual([]);
    await first.context.close();
  });
});
