import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('smoke', () => {
  it('loads, shows the title and the list of parks, logs no console error and stays local', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pharma Parks Atlas');
    const parks = page.getByRole('navigation', { name: 'Parks' });
    await parks.getByRole('link', { name: /Changchun Pharmaceutical Valley/ }).waitFor();
    expect(await parks.getByRole('link').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: artifactPath('smoke.png') });
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
