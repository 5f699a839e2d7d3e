import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Park } from '../../src/catalog/schema';
import { parseCsvRecords } from '../fixtures/csv';
import { artifactPath, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The real catalog: the printed form the page must show is the one the data records.
const valley = JSON.parse(readFileSync('data/parks/changchun-pharma-valley.json', 'utf8')) as Park;
const area = valley.area!.values[0]!;
const printed = area.printed?.[0];

describe('evidence in Chromium', () => {
  it("opens a figure's Source and finds how the document prints it, with its language", async () => {
    expect(printed, "the valley's stated area records its printed form").toBeDefined();
    const { page, context, external, consoleErrors } = await openPage(browser, '?park=changchun-pharma-valley', {
      width: 1280,
      height: 900,
    });
    const button = page.getByRole('button', { name: new RegExp(`^(Source|\\d+ sources) for Stated area: ${area.value} km²`) }).first();
    await button.click();
    const pop = page.getByRole('group', { name: new RegExp(`^(Source|\\d+ sources) for Stated area: ${area.value} km²`) });
    await pop.waitFor();
    const form = pop.locator('.source-printed', { hasText: printed!.as });
    await expect.poll(() => form.count()).toBeGreaterThan(0);
    expect((await form.first().innerText()).replace(/\s+/g, ' ')).toContain(
      `printed as “${printed!.as}”, ${printed!.at}`.replace(/[“”]/g, ''),
    );
    expect(await form.first().locator('q').getAttribute('lang')).toMatch(/^(zh|en|ja)/);
    await page.screenshot({ path: artifactPath('evidence-popover.png') });
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('downloads a compare CSV with a printed-form column', async () => {
    const { page, context, external } = await openPage(browser, '?compare=changchun-pharma-valley,hangzhou-biopharma-town', {
      width: 1280,
      height: 900,
    });
    await page.getByRole('table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the table (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const header = csv.slice(1).split('\r\n')[0]!.split(',');
    expect(header).toContain('printed_as');
    const records = parseCsvRecords(csv.slice(1));
    const row = records.find((r) => r.park_id === 'changchun-pharma-valley' && r.measure === 'Stated area')!;
    expect(row.printed_as).toContain(`${printed!.source}: ${printed!.as} (${printed!.at})`);
    expect(external).toEqual([]);
    await context.close();
  });
});
