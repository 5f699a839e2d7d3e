import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const zhButton = (page: Page) =>
  page
    .getByRole('button', { name: '中文' })
    .or(page.getByRole('link', { name: '中文' }))
    .first();

/**
 * 中文 drawn at 40px in two faces, each alone at the page's corner (so nothing around it can shift
 * it by a subpixel): the interface's own font stack (the 中文 button's), and the system's CJK face.
 */
async function draw(browser: Browser, name: string): Promise<{ iface: Buffer; system: Buffer }> {
  const { page, context } = await openPage(browser, '', { width: 800, height: 500 });
  const button = zhButton(page);
  await button.waitFor();
  await page.evaluate(() => document.fonts.load("40px 'Atlas Noto Sans SC'", '中文').then(() => document.fonts.ready));
  await button.screenshot({ path: artifactPath(`${name}.png`), animations: 'disabled' });
  const stack = await button.evaluate((el) => getComputedStyle(el).fontFamily);
  const probe = async (id: string, family: string) => {
    await page.evaluate(
      ([i, f]) => {
        const span = Object.assign(document.createElement('span'), { id: i, textContent: '中文' });
        span.style.cssText = `font: 40px ${f}; line-height: 1; position: fixed; top: 0; left: 0; z-index: 99; background: #fff; color: #000`;
        document.body.append(span);
      },
      [id, family] as const,
    );
    const png = await page.locator(`#${id}`).screenshot({ path: artifactPath(`${name}-${id}.png`) });
    await page.locator(`#${id}`).evaluate((el) => el.remove());
    return png;
  };
  const iface = await probe('interface-face', stack);
  const system = await probe('system-face', "'Noto Sans CJK SC', 'Noto Sans CJK JP'");
  await context.close();
  return { iface, system };
}

describe('the interface draws Chinese with the fonts the atlas ships', () => {
  it('uses the shipped Noto Sans SC for the 中文 button, loading only the subsets its characters need', async () => {
    const { page, context, consoleErrors, external } = await openPage(browser, '');
    const button = page
      .getByRole('button', { name: '中文' })
      .or(page.getByRole('link', { name: '中文' }))
      .first();
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

  it('draws 中文 the same on a machine without Chinese system fonts', async () => {
    // A fontconfig that knows only DejaVu (with the system's rendering settings): to this browser the
    // machine has no CJK face at all.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-fonts-'));
    writeFileSync(
      join(dir, 'fonts.conf'),
      '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">' +
        `<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><include ignore_missing="yes">/etc/fonts/conf.d</include><cachedir>${dir}/cache</cachedir></fontconfig>`,
    );
    const bare = await launch({ ...(process.env as Record<string, string>), FONTCONFIG_FILE: join(dir, 'fonts.conf') });
    try {
      const withSystem = await draw(browser, 'font-zh-button-system');
      const without = await draw(bare, 'font-zh-button-no-system-cjk');
      // The control: the system's CJK face really is gone there (text asking for it is drawn otherwise).
      expect(without.system.equals(withSystem.system)).toBe(false);
      expect(without.iface.equals(withSystem.iface)).toBe(true);
    } finally {
      await bare.close();
    }
  });
});
