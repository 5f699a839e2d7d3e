import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the browser harness', () => {
  // `it.fails` passes only if the test fails: proof that an off-machine request cannot slip through.
  it.fails('fails a test whose page requests an address off this machine', async () => {
    const { page, context } = await openPage(browser);
    await page.evaluate(() => fetch('https://example.com/tile.png').catch(() => undefined));
    await context.close();
  });
});
