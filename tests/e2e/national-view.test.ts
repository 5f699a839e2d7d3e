import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { dataIndex } from '../../scripts/vite-plugin-atlas-data';
import { buildCatalog } from '../../src/catalog/catalog';
import { validateCatalog } from '../../src/catalog/validate';
import { citiesOf } from '../../src/map/cities';
import type { AtlasMapHook } from '../../src/map/test-hook';
import { coverageParks, coverageSources } from '../fixtures/coverage-catalog';
import { describeViolations, isSerious, runAxe } from './axe';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';
import { DIST, serveStatic, type StaticServer } from './static-server';

const files = readCatalogFiles('data');
const validated = validateCatalog(files.sources, files.parks);
const catalog = buildCatalog(validated.parks, validated.sources, validated.problems);

/**
 * The build with the coverage fixture's parks added to its catalog (tests/fixtures/coverage-catalog.ts):
 * parks with no published boundary are there whatever the real data holds today.
 */
function fixtureSite(out: string): string {
  rmSync(out, { recursive: true, force: true });
  cpSync(DIST(), out, { recursive: true });
  for (const park of coverageParks) writeFileSync(join(out, 'data/parks', `${park.id}.json`), JSON.stringify(park));
  const sourcesFile = JSON.parse(readFileSync(join(out, 'data/sources.json'), 'utf8')) as { sources: { id: string }[] };
  sourcesFile.sources.push(...coverageSources.filter((s) => !sourcesFile.sources.some((x) => x.id === s.id)));
  writeFileSync(join(out, 'data/sources.json'), JSON.stringify(sourcesFile));
  writeFileSync(join(out, 'data/index.json'), JSON.stringify(dataIndex(join(out, 'data'))));
  return out;
}

let browser: Browser;
let site: StaticServer;
beforeAll(async () => {
  mkdirSync('.scratch', { recursive: true });
  [browser, site] = await Promise.all([launch(), serveStatic(fixtureSite(resolve('.scratch/e2e-coverage')))]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

const hook = <T>(page: Page, fn: (map: AtlasMapHook) => T) =>
  page.waitForFunction(() => !!window.__atlasMap).then(() => page.evaluate(`(${fn.toString()})(window.__atlasMap)`) as Promise<T>);

async function seesNoBoundaryPark(page: Page, id: string, name: string) {
  await waitForMapIdle(page);
  await expect.poll(() => page.locator('#panel-heading').textContent()).toContain(name);
  // The ring is on the map, the legend says what it is, the panel says why there is no outline.
  await expect.poll(() => hook(page, (m) => m.renderedFeatureIds('atlas-uncertainty'))).toContain(id);
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect.poll(() => legend.getByText('Boundary not published: location, dotted ring = how far off it may be').count()).toBe(1);
  const boundary = page.getByRole('region', { name: 'Boundary', exact: true });
  expect(await boundary.textContent()).toContain('Boundary not published.');
}

describe('the national view at many parks', () => {
  it('shows the real catalog at the overview: city markers, non-colliding labels, a city list into each city', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, '');
    await waitForMapIdle(page);
    await page.screenshot({ path: artifactPath('national-view.png') });
    const cities = citiesOf(catalog.index);
    const list = page.locator('.map-cities');
    await list.locator('summary').click();
    const buttons = list.getByRole('button');
    expect(await buttons.count()).toBe(cities.length);
    const serious = (await runAxe(page)).filter(isSerious);
    expect(serious, describeViolations(serious)).toEqual([]);
    // Into the first city by keyboard: its parks come into view, at a city's zoom.
    await buttons.first().focus();
    await page.keyboard.press('Enter');
    await waitForMapIdle(page);
    await expect.poll(() => hook(page, (m) => m.getZoom())).toBeGreaterThan(7);
    const drawn = await hook(page, (m) => m.renderedFeatureIds('atlas-park'));
    expect(drawn).toEqual(expect.arrayContaining(cities[0]!.parks.filter((id) => !catalog.index.byId.get(id)?.reference).slice(0, 1)));
    await page.screenshot({ path: artifactPath('national-view-city.png') });
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('groups parks from several provinces into city markers at the overview, and shows each in the list by region', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', undefined, { base: site.url });
    await waitForMapIdle(page);
    const nav = page.getByRole('navigation', { name: 'Parks' });
    await expect.poll(() => nav.getByRole('heading', { level: 3, name: /^Jiangsu Province \(\d+ parks\)$/ }).count()).toBe(1);
    await expect.poll(() => hook(page, (m) => m.renderedFeatureIds('atlas-city'))).toEqual(expect.arrayContaining(['city:Beijing/']));
    await page.screenshot({ path: artifactPath('national-view-fixture.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens a park with no published boundary: its ring on the map, in the legend, and "Boundary not published" in the panel', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, '?park=guangzhou-bio-island', undefined, { base: site.url });
    await seesNoBoundaryPark(page, 'guangzhou-bio-island', 'Guangzhou International Bio Island');
    expect(await page.getByRole('region', { name: 'Boundary', exact: true }).textContent()).toContain('bounded by the river on every side');
    await page.screenshot({ path: artifactPath('no-boundary-park.png') });
    const serious = (await runAxe(page)).filter(isSerious);
    expect(serious, describeViolations(serious)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('compares a park with no boundary as a circle of its stated area, labelled on the map and in its caption', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '?compare=guangzhou-bio-island,nanjing-biopharma-valley', undefined, {
      base: site.url,
    });
    const figure = page.locator('.compare-map', { has: page.locator('[data-park-id="guangzhou-bio-island"]') });
    await expect
      .poll(() => figure.locator('.compare-map-overlay').textContent())
      .toBe('stated area drawn as a circle; boundary not published');
    expect(await figure.locator('figcaption').textContent()).toContain('circle of 1.83 km²: the largest area stated for the whole park');
    const grid = page.locator('.compare-maps-grid');
    await grid.scrollIntoViewIfNeeded();
    for (const id of ['guangzhou-bio-island', 'nanjing-biopharma-valley']) {
      await page
        .locator(`.compare-map-canvas[data-park-id="${id}"][data-map-state="idle"]`)
        .waitFor({ state: 'attached', timeout: 45_000 });
    }
    await grid.screenshot({ path: artifactPath('compare-stated-circle.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
