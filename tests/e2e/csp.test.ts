import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../src/map/test-hook';
import { launch, openPage, waitForMapIdle, type AtlasPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Violation = { directive: string; blocked: string; sample: string };

declare global {
  // Declaration merging into Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __cspViolations?: Violation[];
    __inlineRan?: boolean;
  }
}

/** Opens `path` with every CSP violation collected from the first byte (init scripts are not subject to the policy). */
async function openWatched(path: string): Promise<AtlasPage> {
  // No path: the page starts blank, so the listener is in place before the first navigation.
  const atlas = await openPage(browser, null as unknown as string);
  await atlas.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.__cspViolations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
      },
      true,
    );
  });
  await atlas.page.goto(new URL(path, atlas.base).toString());
  return atlas;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);
const cspConsole = (errors: string[]) => errors.filter((e) => /Content Security Policy|Refused to/i.test(e));

async function expectClean({ page, consoleErrors, external }: AtlasPage) {
  expect(await violations(page)).toEqual([]);
  expect(cspConsole(consoleErrors)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(external).toEqual([]);
}

describe('Content-Security-Policy', () => {
  it('the atlas runs without a violation, and the policy is in force', async () => {
    const atlas = await openWatched('');
    const { page, context, consoleErrors } = atlas;
    await waitForMapIdle(page);
    await page.getByRole('navigation', { name: 'Parks' }).waitFor();
    // Labels were drawn from the same-origin font files (font-src), by the same-origin worker (worker-src).
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/fonts\/[^/]+\.woff2$/.test(r.name))))
      .toBe(true);
    expect(await page.evaluate(() => window.__atlasMap?.renderedFeatureIds('atlas-park').length ?? 0)).toBeGreaterThan(0);
    await expectClean(atlas);

    // In force, so the checks above can fail: an injected inline script does not run, a foreign
    // fetch is refused before it reaches the network, and both are reported.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    expect(
      await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'fetched',
          () => 'refused',
        ),
      ),
    ).toBe('refused');
    await expect.poll(() => violations(page).then((v) => v.map((x) => x.directive).sort())).toEqual(['connect-src', 'script-src-elem']);
    expect(await page.evaluate(() => window.__inlineRan ?? false)).toBe(false);
    expect(cspConsole(consoleErrors).length).toBeGreaterThanOrEqual(2);
    // The harness counts the refused fetch as an attempt to leave the machine, as it should; this one was ours.
    expect(atlas.external).toEqual(['https://example.com/']);
    atlas.external.length = 0;
    await context.close();
  });

  it('a project link runs without a violation', async () => {
    const atlas = await openWatched('?project=genescience-pharma-park');
    await waitForMapIdle(atlas.page);
    await expect.poll(() => atlas.page.locator('#panel-heading').textContent()).toContain('GeneScience');
    await expectClean(atlas);
    await atlas.context.close();
  });

  it('the compare view runs without a violation', async () => {
    const atlas = await openWatched('?compare=changchun-pharma-valley,hangzhou-biopharma-town');
    const { page } = atlas;
    await page.getByRole('table').waitFor();
    // The compare view may draw small maps too: let each settle before judging.
    const maps = page.locator('[data-map-state]');
    for (let i = 0; i < (await maps.count()); i++) {
      await page.waitForFunction((n) => document.querySelectorAll('[data-map-state]')[n]?.getAttribute('data-map-state') !== 'loading', i, {
        timeout: 45_000,
      });
    }
    await expectClean(atlas);
    await atlas.context.close();
  });
});
