import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../fixtures/csv';
import { artifactPath, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const two = '?compare=changchun-pharma-valley,hangzhou-biopharma-town';

/** The text of each park's cell in a row, read as a user sees it. */
const rowCells = (page: Page, label: string) =>
  page
    .locator('tr', { has: page.locator('th[scope="row"] .compare-row-label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('td')
    .allInnerTexts();

describe('compare view in Chromium', () => {
  it('compares two parks, adds a third from the view, and downloads the same figures as CSV', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, two, { width: 1280, height: 900 });
    const table = page.getByRole('table');
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers[0]).toContain('Changchun Pharmaceutical Valley');
    expect(headers[1]).toContain('Hangzhou Biopharma Town');
    const areas = await rowCells(page, 'Stated area');
    expect(areas[0]).toContain('18.4 km²');
    expect(areas[1]).toContain('3.4 km²');
    await page.screenshot({ path: artifactPath('compare.png') });

    await page.getByRole('combobox', { name: 'Add a park' }).selectOption('qiantang-new-area');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`${two},qiantang-new-area`);
    await expect.poll(() => table.getByRole('columnheader').count()).toBe(3);
    const withQiantang = await rowCells(page, 'Stated area');
    expect(withQiantang[2]).toContain('531.7 km²');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the table (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('compare-changchun-pharma-valley_hangzhou-biopharma-town_qiantang-new-area.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsvRecords(csv.slice(1));
    expect(records.find((r) => r.park_id === 'changchun-pharma-valley')?.park_name_zh).toBe('长春药谷');
    // Every figure the CSV holds for a row is in that park's cell of the table, and vice versa for the areas.
    const ids = ['changchun-pharma-valley', 'hangzhou-biopharma-town', 'qiantang-new-area'];
    for (const label of ['Stated area', 'Output or revenue', 'Number of companies']) {
      const cells = await rowCells(page, label);
      ids.forEach((id, i) => {
        const shown = records.filter((r) => r.park_id === id && r.measure?.split(':')[0] === label).map((r) => r.value_as_shown);
        expect(shown.length, `${label} ${id}`).toBeGreaterThan(0);
        for (const s of shown) expect(cells[i], `${label} ${id}`).toContain(s);
      });
    }
    expect(
      records.filter((r) => r.park_id === 'changchun-pharma-valley' && r.measure === 'Stated area').map((r) => [r.value, r.unit]),
    ).toEqual([['18.4', 'km2']]);
    expect(records.filter((r) => r.park_id === 'hangzhou-biopharma-town' && r.measure === 'Stated area').map((r) => r.value)).toEqual([
      '3.4',
    ]);

    await page.getByRole('button', { name: 'Remove Changchun Pharmaceutical Valley from the comparison' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?compare=hangzhou-biopharma-town,qiantang-new-area');
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('at phone width, scrolls the table sideways with the measure column fixed', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, two, { width: 390, height: 844 });
    const region = page.locator('.compare-scroll');
    await region.waitFor();
    const rowHeader = page.getByRole('rowheader').first();
    const before = (await rowHeader.boundingBox())!;
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.screenshot({ path: artifactPath('compare-phone.png') });
    await region.evaluate((el) => {
      el.scrollLeft = 200;
    });
    const after = (await rowHeader.boundingBox())!;
    expect(Math.round(after.x)).toBe(Math.round(before.x));
    expect(await rowHeader.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
