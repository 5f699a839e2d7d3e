import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, isSerious, runAxe } from './axe';
import { artifactPath, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Between the launch release and the coverage release this project's first step became "stage
// unknown" (data/releases/): a status step added, in Changchun Pharmaceutical Valley.
const PROJECT = 'biotech-vaccine-park';
const PARK = 'changchun-pharma-valley';
const STEP = /status “Stage unknown” added, dated 2022/;

describe('history: changes, "What\'s new" and feeds', () => {
  it('a project whose status changed shows it in its panel, "What\'s new" lists it, its park\'s feed carries it; a revised figure says so', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `?project=${PROJECT}`, { width: 1100, height: 760 });
    // The panel's "Changes": the dated change, with its source.
    const changes = page.locator('section.changes-section');
    await changes.getByRole('heading', { name: 'Changes' }).waitFor();
    const item = changes.locator('li.change-item', { hasText: STEP });
    await item.waitFor();
    expect(await changes.getByRole('heading', { level: 4 }).first().textContent()).toMatch(/Release of \d+ \w+ 2026/);
    expect(await item.locator('.change-sources').textContent()).not.toBe('');

    // "What's new", narrowed to status steps: the change is there and links to the project.
    await page.getByRole('link', { name: "What's new" }).click();
    const view = page.locator('section.whats-new-view');
    await view.getByRole('heading', { name: /What's new in the release of/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('changes');
    await view.getByLabel('Kind of change').selectOption('status-step-added');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('status-step-added');
    const listed = view.getByRole('link', { name: STEP }).filter({ hasText: /Biotech|vaccine/i });
    await expect.poll(() => listed.count()).toBeGreaterThan(0);
    expect(await listed.first().getAttribute('href')).toContain(`project=${PROJECT}`);
    expect(
      await view.locator('li.change-item').evaluateAll((li) => li.every((x) => x.getAttribute('data-kind') === 'status-step-added')),
    ).toBe(true);
    await page.screenshot({ path: artifactPath('history-whats-new.png') });
    const violations = await runAxe(page);
    if (violations.length) console.info(describeViolations(violations));
    expect(violations.filter(isSerious).map((v) => v.id)).toEqual([]);

    // The page head advertises the catalog's feed; the park's feed holds the change, linked relatively.
    const head = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(head).toBe('./feeds/atlas.xml');
    const feed = await page.evaluate(async (park) => {
      const response = await fetch(`feeds/${park}.xml`);
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      return {
        ok: response.ok,
        errors: doc.getElementsByTagName('parsererror').length,
        entries: [...doc.getElementsByTagName('entry')].map((e) => ({
          title: e.getElementsByTagName('title')[0]?.textContent ?? '',
          href: e.getElementsByTagName('link')[0]?.getAttribute('href') ?? '',
        })),
      };
    }, PARK);
    expect(feed.ok && feed.errors === 0).toBe(true);
    expect(feed.entries).toContainEqual({ title: expect.stringMatching(STEP), href: `../?project=${PROJECT}` });

    // A revised figure, reached from "What's new" by its link (no reload): "revised on <release date>".
    await view.getByLabel('Kind of change').selectOption('value-revised');
    await view
      .getByRole('link', { name: /investment revised from/ })
      .filter({ hasText: /Innovation Park|IAC/i })
      .first()
      .click();
    expect(new URL(page.url()).searchParams.get('project')).toBe('beihu-innovation-park-iac');
    await page.locator('.revised-on').first().waitFor();
    expect(await page.locator('.revised-on').first().textContent()).toMatch(/^revised on \d+ \w+ 2026$/);
    // Its park, by the panel's own link: the park panel offers the park's feed.
    const beihu = 'beihu-science-technology-zone';
    await page.locator('.side-panel').locator(`a[href*="park=${beihu}"]`).first().click();
    const follow = page.getByRole('link', { name: /Follow this park/ });
    await follow.waitFor();
    expect(await follow.getAttribute('href')).toBe(`feeds/${beihu}.xml`);
    const response = await page.request.get(new URL(`feeds/${beihu}.xml`, page.url()).toString());
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain('?project=beihu-innovation-park-iac');
    await page.locator('section.changes-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('history-park-changes.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
