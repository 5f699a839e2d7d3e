import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasMapHook } from '../../src/map/test-hook';
import { describeViolations, isSerious, runAxe } from './axe';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const hook = <T>(page: Page, fn: (map: AtlasMapHook) => T) =>
  page.waitForFunction(() => !!window.__atlasMap).then(() => page.evaluate(`(${fn.toString()})(window.__atlasMap)`) as Promise<T>);
// The map's project data, not what is drawn: the valley's projects of unknown site share one point (one cluster).
const projectsOnMap = (page: Page) => hook(page, (m) => m.sourceFeatureIds('atlas-projects'));
const search = (page: Page) => new URL(page.url()).searchParams;
/** The map redraws after the URL changes: wait for it to settle again. */
async function redrawn(page: Page) {
  await page.waitForTimeout(150);
  await waitForMapIdle(page);
}

// GeneScience's park is first dated 25 Mar 2021; the Alvotech plant was announced in Sep 2018.
const LATER = 'genescience-pharma-park';
const EARLIER = 'alvotech-cchn-antibody-plant';

describe('the atlas as of a date', () => {
  it('?asof=2019 hides a project first dated 2021 on the map, in the list and the panel, and shows what stood then', async () => {
    const now = await openPage(browser, '?park=changchun-pharma-valley');
    await waitForMapIdle(now.page);
    expect(await projectsOnMap(now.page)).toEqual(expect.arrayContaining([LATER, EARLIER]));
    await now.context.close();

    const { page, context, consoleErrors } = await openPage(browser, '?park=changchun-pharma-valley&asof=2019');
    await waitForMapIdle(page);
    const shown = await projectsOnMap(page);
    expect(shown).toContain(EARLIER);
    expect(shown).not.toContain(LATER);
    const table = page.locator('.park-panel .project-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.textContent()).toMatch(/Announced/);
    await page.screenshot({ path: artifactPath('asof-2019-park.png') });
    // The list (all parks): the valley's disclosure lists only what was on record in 2019.
    await page
      .getByRole('link', { name: /All parks/ })
      .first()
      .click();
    const item = page.locator('li.park-item', { has: page.locator('a[href*="park=changchun-pharma-valley"]') }).last();
    await item.locator('summary').first().click();
    // The disclosure renders its lists once open (a React update after the toggle): read them when they are there.
    await item.locator('ul[aria-label="Projects"] a').first().waitFor();
    const names = await item.locator('ul[aria-label="Projects"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(names.some((h) => h?.includes(EARLIER))).toBe(true);
    expect(names.some((h) => h?.includes(LATER))).toBe(false);
    expect(names.every((h) => h?.includes('asof=2019'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the figure true in 2019, says "as of", and a linked project says what it was then', async () => {
    const { page, context } = await openPage(browser, '?park=hangzhou-biopharma-town&asof=2018');
    const output = page.locator('.fact', { has: page.locator('dt', { hasText: /^Output value$/ }) });
    await output.waitFor();
    expect(await output.textContent()).toMatch(/as of 2018.*¥30 bn \(2018/);
    // Only the value true then (the notes may mention other amounts).
    const values = () => output.locator('.fig-value').allTextContents();
    expect((await values()).join(' | ')).toMatch(/^[^|]*¥30 bn$/);
    await page.goto(page.url().replace('asof=2018', 'asof=2019'));
    await output.waitFor();
    expect(await output.textContent()).toMatch(/¥50 bn \(2019/);
    expect((await values()).join(' | ')).toMatch(/^[^|]*¥50 bn$/);
    await page.goto(page.url().replace('park=hangzhou-biopharma-town&', 'project=genescience-pharma-park&'));
    const note = page.locator('.as-of-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/As of 2019 this project was not yet on record: its first dated step is 25 Mar 2021/);
    await page.screenshot({ path: artifactPath('asof-2019-project.png') });
    await context.close();
  });

  it('the slider, by keyboard alone, changes the URL (replacing the entry) and the map', async () => {
    const { page, context } = await openPage(browser, '?park=changchun-pharma-valley');
    await waitForMapIdle(page);
    const before = await projectsOnMap(page);
    const entries = await page.evaluate(() => window.history.length);
    const slider = page.getByRole('slider', { name: /Read the atlas as of/ });
    // Keyboard only: Tab until the slider has focus.
    for (let i = 0; i < 80 && !(await slider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await slider.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/now/);
    await page.keyboard.press('Home');
    const first = search(page).get('asof');
    expect(first).toMatch(/^\d{4}$/);
    expect(await slider.getAttribute('aria-valuetext')).toBe(`as of the end of ${first}`);
    await redrawn(page);
    const early = await projectsOnMap(page);
    expect(early.length).toBeLessThan(before.length);
    await page.keyboard.press('ArrowRight');
    expect(Number(search(page).get('asof'))).toBe(Number(first) + 1);
    await page.keyboard.press('End');
    expect(Number(search(page).get('asof'))).toBeGreaterThanOrEqual(2023);
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    await page.getByRole('button', { name: 'Now' }).click();
    expect(search(page).get('asof')).toBeNull();
    await page.keyboard.press('Shift+Tab');
    await redrawn(page);
    expect(await projectsOnMap(page)).toEqual(before);
    await page.screenshot({ path: artifactPath('timeline.png') });
    await context.close();
  });
});

describe('the projects table', () => {
  it('view=projects sorted by investment shows the largest tracked investment first, as a real table', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '?view=projects&sort=investment:desc');
    const table = page.getByRole('table', { name: /rows, sorted by Investment/ });
    await table.waitFor();
    const header = page.getByRole('columnheader', { name: /Investment/ });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const first = table.locator('tbody tr[aria-rowindex="2"] th');
    expect(await first.textContent()).toMatch(/Northeast Asia International Medicine Port/i);
    expect(await table.locator('tbody tr[aria-rowindex="2"]').textContent()).toMatch(/¥26 bn/);
    await page.screenshot({ path: artifactPath('projects-table.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('is usable by keyboard alone: sort, then open a row (panel and map)', async () => {
    const { page, context } = await openPage(browser, '?view=projects');
    await page.getByRole('table').waitFor();
    const sortButton = page.getByRole('button', { name: /^Investment/ });
    for (let i = 0; i < 120 && !(await sortButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(search(page).get('sort')).toBe('investment:desc');
    await page.keyboard.press('Enter');
    expect(search(page).get('sort')).toBe('investment');
    // Onwards to the first row's link, and open it.
    const firstLink = page.locator('tbody tr[aria-rowindex="2"] th a');
    for (let i = 0; i < 30 && !(await firstLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    const href = await firstLink.getAttribute('href');
    await page.keyboard.press('Enter');
    const project = new URLSearchParams(href!.slice(1)).get('project');
    expect(search(page).get('project')).toBe(project);
    expect(search(page).get('view')).toBe('projects');
    await page.locator('.project-panel #panel-heading').waitFor();
    await waitForMapIdle(page);
    expect(await hook(page, (m) => m.getSelection().highlighted)).toContain(`atlas-projects:${project}`);
    await context.close();
  });

  it('follows the date and the text filter; the map shows the rows', async () => {
    const { page, context } = await openPage(browser, '?view=projects&asof=2019&q=vaccine');
    await page.getByRole('table').waitFor();
    await waitForMapIdle(page);
    const rows = await page.locator('tbody tr[aria-rowindex] th a').evaluateAll((as) => as.map((a) => a.textContent));
    expect(rows.every((r) => /vaccine/i.test(r ?? ''))).toBe(true);
    expect(await page.locator('caption').textContent()).toMatch(/as of the end of 2019/);
    await context.close();
  });

  it('has no serious axe violation, at desktop and phone width', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const { page, context } = await openPage(browser, '?view=projects&sort=date:desc', viewport);
      await page.getByRole('table').waitFor();
      await page.locator('details.maplibregl-ctrl-attrib').waitFor({ state: 'attached' });
      const violations = await runAxe(page);
      if (violations.length) console.info(describeViolations(violations));
      expect(violations.filter(isSerious).map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: artifactPath(`projects-table-${viewport.width}.png`) });
      await context.close();
    }
  });
});
