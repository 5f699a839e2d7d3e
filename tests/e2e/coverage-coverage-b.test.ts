import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Park, Source } from '../../src/catalog/schema';
import { artifactPath, launch, openPage, waitForMapIdle, type AtlasPage } from './browser';

// The parks the coverage issue adds in Jilin, Wuhan, Guangzhou, Chengdu and Shenzhen (and the
// parents the sources nest them in). Expectations come from the files, so the test follows edits.
const IDS = [
  'tonghua-medical-high-tech-zone', 'east-lake-high-tech-zone', 'wuhan-biolake', 'guangzhou-development-district',
  'guangzhou-international-bio-island', 'chengdu-high-tech-zone', 'chengdu-tianfu-bio-town', 'shenzhen-pingshan-biomedicine',
];
const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const parks = IDS.map((id) => read<Park>(`data/parks/${id}.json`));
const sources = new Map(read<{ sources: Source[] }>('data/sources.json').sources.map((s) => [s.id, s]));

let browser: Browser;
let atlas: AtlasPage;
beforeAll(async () => {
  browser = await launch();
  atlas = await openPage(browser, null as unknown as string, { width: 1100, height: 760 });
  await atlas.page.emulateMedia({ reducedMotion: 'reduce' });
});
afterAll(async () => { await atlas?.context.close(); await browser?.close(); });

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const fact = (page: Page, label: string) => panel(page).locator('.fact').filter({ has: page.locator('dt', { hasText: label }) }).first();

describe('coverage parks (Jilin, Wuhan, Guangzhou, Chengdu, Shenzhen) open from their links', () => {
  it.each(parks.map((p) => [p.id, p] as const))('?park=%s shows its name, stated area and first key figure with its source', async (id, park) => {
    const { page } = atlas;
    await page.goto(new URL(`?park=${id}`, atlas.base).toString(), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).first().textContent(), { timeout: 10_000 }).toContain(park.name.en);

    const area = fact(page, 'Stated area');
    if (park.area) {
      await expect.poll(() => area.locator('dd').textContent()).not.toContain('not reported');
      expect(await area.getByRole('button', { name: /^(Source|\d+ sources) for Stated area/ }).count()).toBeGreaterThan(0);
    } else {
      await expect.poll(() => area.locator('dd').textContent()).toContain('not reported');
    }

    const first = park.keyFigures[0]!;
    const row = fact(page, first.label.en);
    await row.waitFor();
    const button = row.getByRole('button', { name: new RegExp(`^(Source|\\d+ sources) for ${first.label.en.replace(/[()]/g, '\\$&')}`) }).first();
    await button.click();
    const firstSource = sources.get(first.figure.values[0]!.sources[0]!)!;
    await expect.poll(() => row.locator('.cite-pop').textContent()).toContain(firstSource.title);

    await waitForMapIdle(page).catch(() => undefined);
    await page.screenshot({ path: artifactPath(`coverage-b-${id}.png`) });
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.external).toEqual([]);
  });
});
