import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { buildCatalog } from '../../src/catalog/catalog';
import { validateCatalog } from '../../src/catalog/validate';
import { compareExtent } from '../../src/map/compare-captions';
import { panOffset, type LngLat } from '../../src/map/shared-scale';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';

const files = readCatalogFiles('data');
const validated = validateCatalog(files.sources, files.parks);
const catalog = buildCatalog(validated.parks, validated.sources, validated.problems);
const centreOf = (id: string) => compareExtent(catalog.parkById.get(id)!).centre;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const valley = 'changchun-pharma-valley';
const town = 'hangzhou-biopharma-town';
const two = `?compare=${valley},${town}`;

const mapOf = (page: Page, id: string) => page.locator(`.compare-map-canvas[data-park-id="${id}"]`);
/** The ground zoom (a map's zoom less its latitude stretch): what the maps share, so equal metres per pixel. */
const zoomOf = async (page: Page, id: string) => Number(await mapOf(page, id).getAttribute('data-ground-zoom'));
const centreShown = async (page: Page, id: string) => (await mapOf(page, id).getAttribute('data-center'))!.split(',').map(Number) as LngLat;
const zooms = (page: Page) => page.locator('.compare-map-canvas').evaluateAll((els) => els.map((e) => e.getAttribute('data-ground-zoom')));

/** Resolves once every listed map reports idle (the atlas layers drawn, not only the basemap). */
async function waitIdle(page: Page, ids: string[], timeout = 45_000) {
  for (const id of ids)
    await page.locator(`.compare-map-canvas[data-park-id="${id}"][data-map-state="idle"]`).waitFor({ state: 'attached', timeout });
}

describe('maps side by side at the same scale', () => {
  it('draws one map per park at one zoom; zooming or panning one moves both', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, two, { width: 1280, height: 900 });
    const section = page.getByRole('region', { name: 'Maps at the same scale' });
    await section.waitFor();
    expect(await section.locator('.compare-map-canvas').evaluateAll((els) => els.map((e) => e.getAttribute('data-park-id')))).toEqual([
      valley,
      town,
    ]);
    await waitIdle(page, [valley, town]);

    // One ground scale (the one that fits the larger park, the valley), each map on its own park.
    const z = await zoomOf(page, valley);
    expect(z).toBeGreaterThan(10);
    expect(await zoomOf(page, town)).toBe(z);
    for (const id of [valley, town])
      expect(panOffset(centreOf(id), await centreShown(page, id)).map((v) => Math.abs(v))).toEqual([
        expect.closeTo(0, 7),
        expect.closeTo(0, 7),
      ]);
    // One size for every map: the shared zoom is fitted to it.
    const sizes = await section.locator('.compare-map-canvas').evaluateAll((els) => els.map((e) => `${e.clientWidth}x${e.clientHeight}`));
    expect(new Set(sizes).size).toBe(1);

    // Captions are the text equivalent; each canvas is focusable and named; each map has a scale bar.
    const captions = await section.locator('figcaption').allInnerTexts();
    expect(captions[0]).toContain('Changchun Pharmaceutical Valley · 18.4 km²');
    expect(captions[1]).toContain('Hangzhou Biopharma Town · 3.4 km²');
    expect(captions[0]).toContain('approximate boundary');
    const canvas = section.getByRole('region', { name: 'Map of Hangzhou Biopharma Town at shared scale' });
    expect(await canvas.getAttribute('tabindex')).toBe('0');
    expect(await section.locator('.maplibregl-ctrl-scale').count()).toBe(2);
    // Same metres per pixel: the scale bars say the same distance at the same length, although
    // the raw zooms differ (Changchun lies further north, where Mercator stretches more).
    const bars = await section
      .locator('.maplibregl-ctrl-scale')
      .evaluateAll((els) => els.map((e) => `${e.textContent} ${Math.round(e.getBoundingClientRect().width)}`));
    expect(bars[0]).toBe(bars[1]);
    const raw = await section.locator('.compare-map-canvas').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-zoom'))));
    expect(raw[0]! - raw[1]!).toBeCloseTo(
      Math.log2(Math.cos((centreOf(valley)[1] * Math.PI) / 180) / Math.cos((centreOf(town)[1] * Math.PI) / 180)),
      3,
    );

    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: artifactPath('compare-maps.png') });

    // A click on a map selects nothing: the URL keeps only `compare`.
    const box = (await mapOf(page, valley).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).search).toBe(two);

    // Zoom in on the first map with its button: both maps follow to the same, closer zoom.
    await mapOf(page, valley).getByRole('button', { name: 'Zoom in (all maps)' }).click();
    await expect.poll(() => zoomOf(page, valley), { timeout: 10_000 }).toBeCloseTo(z + 1, 3);
    await expect.poll(() => zoomOf(page, town), { timeout: 10_000 }).toBe(await zoomOf(page, valley));

    // Keyboard on the second map: "-" zooms out, the first follows.
    await canvas.focus();
    await page.keyboard.press('-');
    await expect.poll(() => zoomOf(page, town), { timeout: 10_000 }).toBeCloseTo(z, 3);
    await expect.poll(() => zoomOf(page, valley), { timeout: 10_000 }).toBe(await zoomOf(page, town));

    // Pan the second map: the first moves by the same offset from its own park's centre.
    // (One key at a time: MapLibre's next keyboard ease starts from wherever the last one had got to.)
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => panOffset(centreOf(town), await centreShown(page, town))[0], { timeout: 10_000 }).toBeGreaterThan(1e-6);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => panOffset(centreOf(town), await centreShown(page, town))[1], { timeout: 10_000 }).toBeLessThan(-1e-6);
    await expect
      .poll(
        async () => {
          // The same offset on the ground: Mercator units times cos(latitude) of each park.
          const ground = async (id: string) =>
            panOffset(centreOf(id), await centreShown(page, id)).map((v) => v * Math.cos((centreOf(id)[1] * Math.PI) / 180));
          const [a, b] = [await ground(valley), await ground(town)];
          return Math.max(Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!));
        },
        { timeout: 10_000 },
      )
      .toBeLessThan(1e-8); // ≈ 0.02 px at this zoom: data-center has 6 decimals

    // Reset returns both to the fitted view.
    await section.getByRole('button', { name: 'Fit the largest park again' }).click();
    await expect.poll(() => zooms(page), { timeout: 10_000 }).toEqual([String(z), String(z)]);
    expect(new URL(page.url()).search).toBe(two);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('four parks, one (Suzhou Industrial Park) with no boundary: four maps at one zoom; leaving the view removes them', async () => {
    const ids = ['qiantang-new-area', town, valley, 'suzhou-industrial-park'];
    const { page, context, external, consoleErrors } = await openPage(browser, `?compare=${ids.join(',')}`, { width: 1280, height: 900 });
    await waitIdle(page, ids);
    const all = await zooms(page);
    expect(all).toHaveLength(4);
    expect(new Set(all).size).toBe(1);
    const section = page.getByRole('region', { name: 'Maps at the same scale' });
    const captions = await section.locator('figcaption').allInnerTexts();
    expect(captions[0]).toContain('Qiantang New Area · 531.7 km²');
    expect(captions[3]).toContain('stated area drawn as a circle; boundary not published');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: artifactPath('compare-maps-four.png') });

    await page.getByRole('link', { name: 'Back to the map' }).click();
    await waitForMapIdle(page);
    expect(await page.locator('.compare-map-canvas').count()).toBe(0);
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('at phone width, stacks the maps one per row without widening the page', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, two, { width: 390, height: 844 });
    await waitIdle(page, [valley, town]);
    const [a, b] = [(await mapOf(page, valley).boundingBox())!, (await mapOf(page, town).boundingBox())!];
    expect(b.y).toBeGreaterThan(a.y + a.height);
    expect(Math.round(a.width)).toBe(Math.round(b.width));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const section = page.getByRole('region', { name: 'Maps at the same scale' });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: artifactPath('compare-maps-phone.png') });
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
