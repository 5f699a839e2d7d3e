import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/catalog/format';
import type { Park, SourcesFile } from '../../src/catalog/schema';
import { artifactPath, launch, openPage } from './browser';

// The parks of the coverage issue's east and Beijing part, each opened by its shared link.
// Expectations are read from the curated files, so the test follows the data as it is edited.
const IDS = [
  'zhangjiang-hi-tech-park', 'shanghai-pharma-valley', 'suzhou-industrial-park', 'suzhou-biobay', 'taizhou-china-medical-city',
  'jiangbei-new-area', 'nanjing-biopharma-valley', 'zhongguancun-life-science-park', 'daxing-biomedicine-base',
];
const parkOf = (id: string) => JSON.parse(readFileSync(`data/parks/${id}.json`, 'utf8')) as Park;
const sources = new Map((JSON.parse(readFileSync('data/sources.json', 'utf8')) as SourcesFile).sources.map((s) => [s.id, s]));

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const heading = (page: Page) => panel(page).getByRole('heading', { level: 2 }).first();
const fact = (page: Page, label: string) =>
  panel(page).locator('.fact').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });

describe('coverage parks open from their links', () => {
  it.each(IDS)('?park=%s shows its name, stated area and first key figure with its source and printed form', async (id) => {
    const park = parkOf(id);
    const atlas = await openPage(browser, `?park=${id}`);
    const { page } = atlas;
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toContain(park.name.en);

    // The stated area as the panel writes it, or "not reported" where no source gives one.
    const area = await fact(page, 'Stated area').textContent();
    const firstArea = park.area?.values[0];
    expect(area).toContain(firstArea ? formatAmount(firstArea, 'en') : 'not reported');

    // The first key figure, and the document behind its first value in the Source popover.
    const first = park.keyFigures[0]!;
    const row = fact(page, first.label.en);
    const value = first.figure.values[0]!;
    expect(await row.textContent()).toContain(formatAmount(value, 'en'));
    await row.getByRole('button', { name: /^(Source|\d+ sources) for / }).first().click();
    const popover = row.getByRole('group', { name: /^(Source|\d+ sources) for / }).first();
    await popover.waitFor();
    expect(await popover.textContent()).toContain(sources.get(value.sources[0]!)!.title);
    // ...and how that document prints the figure, in its own language.
    const printed = value.printed!.find((p) => p.source === value.sources[0])!;
    const quote = popover.locator('q', { hasText: printed.as }).first();
    expect(await quote.getAttribute('lang')).toBe(printed.lang);

    await page.screenshot({ path: artifactPath(`coverage-${id}.png`) });
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.external).toEqual([]);
    await atlas.context.close();
  }, 90_000);
});
