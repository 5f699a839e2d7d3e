import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LABEL, STATUS_ORDER } from '../../src/catalog/format';
import { describeViolations, isSerious, overlayContrastFailures, runAxe } from './axe';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * Waits for the last HTML each view adds — the panel or table, and the map's own controls (its
 * attribution, a <details>, comes with the map's style; a stand-in shows until then) — not for
 * the map to finish drawing: axe reads the DOM, and the canvas is opaque to it.
 */
async function settled(page: Page, compare: boolean) {
  if (compare) return page.getByRole('table').waitFor();
  await page.locator('#panel-heading, nav[aria-label="Parks"]').first().waitFor();
  await page.locator('details.maplibregl-ctrl-attrib').waitFor({ state: 'attached' });
}

const VIEWS: [string, string, { width: number; height: number }][] = [
  ['the atlas at load', '', DESKTOP],
  ['a park', '?park=changchun-pharma-valley', DESKTOP],
  // Filters quieten what they leave out: that must stay readable (it once faded below 4.5:1).
  ['a park with a filter on', '?park=changchun-pharma-valley&industry=biopharma', DESKTOP],
  ['a zone', '?park=changchun-pharma-valley&zone=future-medical-port', DESKTOP],
  ['a project', '?project=genescience-pharma-park', DESKTOP],
  ['the compare view', '?compare=changchun-pharma-valley,hangzhou-biopharma-town', DESKTOP],
  ['the phone layout at load', '', PHONE],
];

/** Runs axe and fails with every serious or critical violation, ids and targets included; prints the rest. */
async function expectNoSeriousViolation(page: Page, label: string) {
  const violations = await runAxe(page);
  // Moderate and minor findings are printed too, so they are seen and fixed over time.
  if (violations.length) console.info(`axe ${label}:\n${describeViolations(violations)}`);
  expect(violations.filter(isSerious), describeViolations(violations.filter(isSerious))).toEqual([]);
}

/**
 * WCAG 1.4.1: status and confidence never rely on colour alone. In the legend, each project
 * status is named and the three stages differ in size or stroke; approximate boundaries are
 * dashed and hatched, not just paler. In the panel, statuses and confidences are words.
 */
async function expectMeaningBeyondColour(page: Page) {
  const legend = await page.evaluate((statusCount) => {
    const items = [...document.querySelectorAll('.legend-statuses li')];
    // The statuses come first, then "site unknown" and the cluster.
    const circles = items
      .slice(0, statusCount)
      .map((li) => li.querySelector('circle'))
      .filter((c) => c !== null);
    const approx = [...document.querySelectorAll('.map-legend li')].find((li) => /Approximate/.test(li.textContent ?? ''));
    return {
      named: items.every((li) => (li.textContent ?? '').trim().length > 2),
      shapes: new Set(circles.map((c) => `${c.getAttribute('r')}/${c.getAttribute('stroke-width')}/${c.getAttribute('fill') === 'none'}`))
        .size,
      approxPattern: !!approx?.querySelector('[stroke-dasharray]') && !!approx?.querySelector('[fill^="url("]'),
    };
  }, STATUS_ORDER.length);
  expect(legend).toEqual({ named: true, shapes: 3, approxPattern: true }); // planned, building, operating
  const statuses = await page.locator('.project-table tbody td:last-child').allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  const words = STATUS_ORDER.map((status) => STATUS_LABEL[status].en);
  for (const cell of statuses)
    expect(
      words.some((w) => cell.startsWith(w)),
      cell,
    ).toBe(true);
  expect(await page.locator('.boundary-note strong').innerText()).toMatch(/^(Surveyed|Digitised|Approximate):/);
}

describe('accessibility (axe-core, WCAG 2.2 A/AA with experimental rules)', () => {
  it.each(VIEWS)('%s has no serious or critical violation', async (_name, path, viewport) => {
    const { page, context, external, consoleErrors } = await openPage(browser, path, viewport);
    await settled(page, path.startsWith('?compare'));
    await expectNoSeriousViolation(page, `${path || '/'} at ${viewport.width}px`);
    if (!path.startsWith('?compare')) expect(await overlayContrastFailures(page, '.map-view')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('has none at phone width with everything open: a citation, every disclosure, the search list', async () => {
    const { page, context, external, consoleErrors } = await openPage(
      browser,
      '?park=changchun-pharma-valley&zone=green-smart-chemical-park',
      PHONE,
    );
    await settled(page, false);
    await expectMeaningBeyondColour(page);
    await page
      .getByRole('button', { name: /^(Source|\d+ sources) for/ })
      .first()
      .click();
    await page.getByRole('group').first().waitFor();
    // Legend, attribution, filters, "more" lists: axe skips what is hidden, so show it all.
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    await expectNoSeriousViolation(page, 'every disclosure open at 390px');
    expect(await overlayContrastFailures(page, '.map-view')).toEqual([]);

    // The search list drops over the panel, so it gets a run of its own. Pale text is added in
    // the header and in the legend to show both checks can fail (styled through CSSOM: the CSP
    // refuses style attributes).
    await page.evaluate(() => {
      for (const where of [document.querySelector('.title-bar'), document.querySelector('.map-legend')]) {
        const p = document.createElement('p');
        p.className = 'pale-canary';
        p.textContent = 'Pale text that fails contrast';
        p.style.color = '#c4c4c4';
        where!.append(p);
      }
    });
    await page.getByRole('combobox', { name: /Search/ }).fill('Changchun');
    await page.getByRole('listbox').waitFor();
    const serious = (await runAxe(page)).filter(isSerious);
    expect(
      serious.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`)),
      describeViolations(serious),
    ).toEqual(['color-contrast .title-bar > .pale-canary']);
    expect(await overlayContrastFailures(page, '.map-view')).toEqual([
      expect.stringContaining('Pale text'),
      expect.stringContaining('Pale text'), // over black and over white
    ]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
