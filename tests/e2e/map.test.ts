import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { buildCatalog, zoneKey } from '../../src/catalog/catalog';
import type { Position, Zone } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate';
import { labelPoint, pointInPolygon } from '../../src/map/layers/label-point';
import { polygons } from '../../src/catalog/geo';
import { zoneBounds } from '../../src/catalog/park-index';
import type { AtlasMapHook } from '../../src/map/test-hook';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';

const files = readCatalogFiles('data');
const validated = validateCatalog(files.sources, files.parks);
const catalog = buildCatalog(validated.parks, validated.sources, validated.problems);
const parksWithZones = catalog.parks.filter((p) => p.zones.length > 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs `fn` in the page with the map's test hook (the function travels as source text). */
const hook = <T>(page: Page, fn: (map: AtlasMapHook) => T) =>
  page.waitForFunction(() => !!window.__atlasMap).then(() => page.evaluate(`(${fn.toString()})(window.__atlasMap)`) as Promise<T>);

/** A point well inside the zone and as far as possible from any project marker drawn over it. */
function clickablePoint(zone: Zone): Position {
  const projects = [...catalog.projectById.values()].map((e) => e.project.location.point.coordinates);
  const rings = polygons(zone.boundary!.geometry).flat();
  const [first] = polygons(zone.boundary!.geometry);
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const candidates: Position[] = [labelPoint(zone.boundary!.geometry)];
  for (let i = 1; i < 10; i++)
    for (let j = 1; j < 10; j++) {
      const p: Position = [
        Math.min(...xs) + ((Math.max(...xs) - Math.min(...xs)) * i) / 10,
        Math.min(...ys) + ((Math.max(...ys) - Math.min(...ys)) * j) / 10,
      ];
      if (first && pointInPolygon(p, first)) candidates.push(p);
    }
  const clearance = (p: Position) => Math.min(Infinity, ...projects.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])));
  return candidates.sort((a, b) => clearance(b) - clearance(a))[0]!;
}

describe('map', () => {
  it.each(parksWithZones.map((p) => [p.id, p] as const))('fits %s and renders every one of its zones', async (id, park) => {
    const { page, context, external, consoleErrors } = await openPage(browser, `?park=${id}`);
    await waitForMapIdle(page);
    const rendered = await hook(page, (m) => m.renderedFeatureIds('atlas-zone'));
    expect(rendered).toEqual(expect.arrayContaining(park.zones.map((z) => zoneKey(id, z.id))));
    expect(await hook(page, (m) => m.getSelection().highlighted)).toEqual(expect.arrayContaining([`atlas-parks:${id}`]));
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('selects a zone on click: URL and feature-state highlight follow', async () => {
    const park = catalog.parkById.get('changchun-pharma-valley')!;
    const zone = park.zones.at(-1)!;
    const { page, context, external, consoleErrors } = await openPage(browser, `?park=${park.id}`);
    await waitForMapIdle(page);
    const before = await hook(page, (m) => m.getSelection().highlighted);
    expect(before).not.toContain(`atlas-zones:${zoneKey(park.id, zone.id)}`);
    const at = clickablePoint(zone);
    const [x, y] = await page.evaluate((p) => window.__atlasMap!.project(p), at as [number, number]);
    await page.mouse.click(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('zone')).toBe(zone.id);
    expect(new URL(page.url()).searchParams.get('park')).toBe(park.id);
    // The zone's outline is highlighted (and, were it known only by its location, its uncertainty ring: the same key in that source).
    await expect
      .poll(() => hook(page, (m) => m.getSelection().highlighted.filter((h) => !h.startsWith('atlas-uncertainty:'))))
      .toEqual([`atlas-zones:${zoneKey(park.id, zone.id)}`]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('applies the industry filter from the URL to the zones it draws', async () => {
    const valley = catalog.parkById.get('changchun-pharma-valley')!;
    const matching = valley.zones.filter((z) => z.focusIndustries.includes('chemical-drugs')).map((z) => zoneKey(valley.id, z.id));
    const { page, context, consoleErrors } = await openPage(browser, `?park=${valley.id}&industry=chemical-drugs`);
    await waitForMapIdle(page);
    expect(await hook(page, (m) => m.renderedFeatureIds('atlas-zone'))).toEqual(matching);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  // The app measures what covers the map (map-view.tsx: the legend; use-sheet-inset.ts: the bottom sheet).
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const)('fits a deep-linked zone beside the legend and above the bottom sheet (%s)', async (name, viewport) => {
    const park = catalog.parkById.get('changchun-pharma-valley')!;
    const zone = park.zones.find((z) => z.id === 'future-medical-port')!;
    const { page, context, consoleErrors } = await openPage(browser, `?park=${park.id}&zone=${zone.id}`, viewport);
    await waitForMapIdle(page);
    await page.screenshot({ path: artifactPath(`map-zone-${name}.png`) });
    const [w, s, e, n] = zoneBounds(zone)!;
    const corners: [[number, number], [number, number]] = [
      [w, n],
      [e, s],
    ];
    const [[left, top], [right, bottom]] = await page.evaluate(
      ([nw, se]) => [window.__atlasMap!.project(nw), window.__atlasMap!.project(se)],
      corners,
    );
    const canvas = (await page.locator('.map-canvas').boundingBox())!;
    const legend = (await page.locator('.map-legend[open]').count()) ? await page.locator('.map-legend').boundingBox() : null;
    const sheet = (await page.locator('.side-panel').boundingBox())!;
    // On a phone the sheet lies over the map's lower part; on a desktop the panel is beside the map.
    const over = sheet.y > canvas.y && sheet.y < canvas.y + canvas.height;
    expect([!!legend, over]).toEqual(name === 'desktop' ? [true, false] : [false, true]);
    expect(left).toBeGreaterThanOrEqual(legend ? legend.x + legend.width : canvas.x);
    expect(right).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(top).toBeGreaterThanOrEqual(canvas.y);
    expect(bottom).toBeLessThanOrEqual(over ? sheet.y : canvas.y + canvas.height);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.each([
    ['changchun-pharma-valley', 'map-changchun.png'],
    ['hangzhou-biopharma-town', 'map-hangzhou.png'],
  ])('draws %s for the screenshot %s, offline, without MapLibre warnings', async (id, file) => {
    // Open blank first, so the warning listener is there before the atlas starts.
    const { page, context, external, consoleErrors, base } = await openPage(browser, null as unknown as string);
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning' && !/GL Driver Message/.test(msg.text())) warnings.push(msg.text());
    });
    await page.goto(new URL(`?park=${id}`, base).toString());
    await waitForMapIdle(page);
    await page.screenshot({ path: artifactPath(file) });
    expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('map')).toMatch(/^[\d.]+\/[\d.]+\/[\d.]+$/); // camera written back
    expect(warnings).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
