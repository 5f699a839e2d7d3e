import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('the interface draws Chinese with the fonts the atlas ships', () => {
  it('uses the shipped Noto Sans SC for the 中文 button, loading only the subsets its characters need', async () => {
    const { page, context, consoleErrors, external } = await openPage(browser, '');
    const button = page.getByRole('button', { name: '中文' }).or(page.getByRole('link', { name: '中文' })).first();
    await button.waitFor();
    await page.evaluate(() => document.fonts.ready);
    const shipped = await page.evaluate(async () => {
      await document.fonts.load("16px 'Atlas Noto Sans SC'", '中文');
      return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Atlas Noto Sans SC').map((f) => f.status);
    });
    expect(shipped.filter((s) => s === 'loaded').length).toBeGreaterThan(0);
    // Loaded by need: of ~100 subsets only a few, those of the characters on the page.
    expect(shipped.filter((s) => s === 'loaded').length).toBeLessThan(20);
    const family = await button.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family).toContain('Atlas Noto Sans SC');
    expect(await page.evaluate(() => document.fonts.check("16px 'Atlas Noto Sans SC'", '中文'))).toBe(true);
    await button.screenshot({ path: artifactPath('font-zh-button.png') });
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
