import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDUSTRY_LABEL } from '../../src/catalog/format';
import type { Park } from '../../src/catalog/schema';
import { artifactPath, launch, openPage, waitForMapIdle, type AtlasPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Expectations come from the curated data itself, so the test follows the data as it is edited.
const valley = JSON.parse(readFileSync('data/parks/changchun-pharma-valley.json', 'utf8')) as Park;
const VALLEY = 'Changchun Pharmaceutical Valley';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const heading = (page: Page) => panel(page).getByRole('heading', { level: 2 }).first();
const valleyItem = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Parks' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: VALLEY, exact: false }) })
    .last();

/** The query without the camera, which the map writes as it moves (replaceState). */
const selection = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  params.delete('map');
  return params.toString();
};

async function done({ context, consoleErrors, external }: AtlasPage) {
  expect(consoleErrors).toEqual([]);
  expect(external).toEqual([]);
  await context.close();
}

async function openValleyInList(page: Page): Promise<Locator> {
  const item = valleyItem(page);
  await item.locator('summary').first().click();
  await item.getByRole('list', { name: 'Zones' }).waitFor();
  return item;
}

describe('side panel in Chromium', () => {
  it('selects each zone of the valley from the list and shows its stated area and focus industries', async () => {
    const atlas = await openPage(browser);
    const { page } = atlas;
    for (const zone of valley.zones) {
      const item = await openValleyInList(page);
      await item.getByRole('link', { name: zone.name.en, exact: true }).click();
      await expect.poll(() => heading(page).textContent()).toContain(zone.name.en);
      expect(selection(page)).toBe(`park=changchun-pharma-valley&zone=${zone.id}`);
      const area = panel(page).locator('.fact', { hasText: 'Stated area' });
      for (const v of zone.area!.values) expect(await area.textContent()).toContain(`${v.value} km²`);
      if (zone.area!.values.length > 1) expect(await area.textContent()).toContain('Sources disagree');
      const tags = await panel(page).getByRole('list', { name: 'Focus industries' }).getByRole('listitem').allTextContents();
      expect(tags).toEqual(zone.focusIndustries.map((i) => INDUSTRY_LABEL[i].en));
      if (zone.id === 'green-smart-chemical-park') {
        await area.getByRole('button', { name: /^(Source|\d+ sources) for Stated area: 9 km²/ }).click();
        await area.getByRole('group').waitFor();
        await page.screenshot({ path: artifactPath('panel-zone.png') });
      }
      await panel(page)
        .getByRole('link', { name: /All parks/ })
        .click();
      await page.getByRole('navigation', { name: 'Parks' }).waitFor();
    }
    await done(atlas);
  });

  it('shows a park panel with figures, zones and project totals', async () => {
    const atlas = await openPage(browser, '?park=changchun-pharma-valley');
    const { page } = atlas;
    await expect.poll(() => heading(page).textContent()).toContain(VALLEY);
    const projects = panel(page).getByRole('region', { name: 'Projects' });
    expect(await projects.locator('.totals').textContent()).toMatch(
      new RegExp(`^${valley.projects.length} projects · tracked investment ¥`),
    );
    await panel(page).getByRole('region', { name: 'Key figures' }).getByRole('button').first().click();
    await page.screenshot({ path: artifactPath('panel-park.png') });
    await done(atlas);
  });

  it('finds a project by company name and opens it, with keyboard only', async () => {
    const atlas = await openPage(browser);
    const { page } = atlas;
    const box = page.getByRole('combobox', { name: /Search/ });
    await box.click();
    await box.pressSequentially('Alvotech');
    const option = page.getByRole('option', { name: /Alvotech-CCHN antibody plant/ });
    await option.waitFor();
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await page.getByRole('option').first().getAttribute('id'));
    await box.press('Enter');
    await expect.poll(() => heading(page).textContent()).toContain('Alvotech-CCHN antibody plant');
    expect(selection(page)).toBe('project=alvotech-cchn-antibody-plant');

    await box.pressSequentially('GeneScience');
    // Several GeneScience projects match: arrow down to this one, as a keyboard user would.
    const wanted = page.getByRole('option', { name: /GeneScience pharma park/ });
    await wanted.waitFor();
    const wantedId = await wanted.getAttribute('id');
    for (let i = 0; i < 20 && (await box.getAttribute('aria-activedescendant')) !== wantedId; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => heading(page).textContent()).toContain('GeneScience pharma park');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    await panel(page).getByRole('region', { name: 'Status over time' }).getByRole('button').first().click();
    await page.screenshot({ path: artifactPath('panel-project.png') });
    await done(atlas);
  });

  it('hides projects in the list with a status filter, and the URL carries it', async () => {
    const atlas = await openPage(browser);
    const { page } = atlas;
    const item = await openValleyInList(page);
    const projects = item.getByRole('list', { name: 'Projects' }).getByRole('link');
    const before = await projects.count();
    expect(before).toBe(valley.projects.length);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Fit-out and commissioning' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('fit-out-and-commissioning');
    await expect.poll(() => projects.count()).toBeLessThan(before);
    expect(await projects.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => projects.count()).toBe(before);
    expect(selection(page)).toBe('');
    await done(atlas);
  });

  it('names an unknown id in the panel and offers near matches', async () => {
    const atlas = await openPage(browser, '?park=changchun-pharma-vally');
    const alert = atlas.page.getByRole('alert').filter({ hasText: 'changchun-pharma-vally' });
    await alert.getByRole('link', { name: VALLEY }).click();
    await expect.poll(() => heading(atlas.page).textContent()).toContain(VALLEY);
    await done(atlas);
  });

  it('becomes a bottom sheet at phone width, scrollable, with a handle', async () => {
    const atlas = await openPage(browser, '?park=changchun-pharma-valley&zone=future-medical-port', { width: 390, height: 844 });
    const { page } = atlas;
    await expect.poll(() => heading(page).textContent()).toContain('Future Medical Port');
    const box = (await panel(page).boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(844);
    expect(box.width).toBe(390);
    expect(box.height).toBeLessThanOrEqual(844 * 0.56);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const body = page.locator('#side-panel-body');
    expect(await body.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
    await page.screenshot({ path: artifactPath('panel-phone.png') });
    const handle = panel(page).getByRole('button', { name: 'Hide details' });
    await handle.click();
    await expect.poll(() => panel(page).getByRole('button', { name: 'Show details' }).getAttribute('aria-expanded')).toBe('false');
    expect((await panel(page).boundingBox())!.height).toBeLessThan(80);
    await page.screenshot({ path: artifactPath('panel-phone-collapsed.png') });
    await done(atlas);
  });

  it('at phone width, the sheet does not move while the catalog arrives (no layout shift)', async () => {
    const atlas = await openPage(browser, null as unknown as string, { width: 390, height: 844 });
    const { page, base } = atlas;
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: string[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { sources?: { node?: Node }[] }[]) {
          for (const source of entry.sources ?? []) {
            const el = source.node instanceof Element ? source.node : source.node?.parentElement;
            w.__shifts.push(el?.closest('.side-panel') ? 'side-panel' : (el?.className.toString() ?? '?'));
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL('', base).toString());
    await page.getByRole('navigation', { name: 'Parks' }).waitFor();
    await waitForMapIdle(page);
    expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts.filter((s) => s === 'side-panel'))).toEqual([]);
    await done(atlas);
  });
});
