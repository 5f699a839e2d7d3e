import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/i18n/format-figure';
import type { Park, SourcesFile } from '../../src/catalog/schema';
import type { AtlasMapHook } from '../../src/map/test-hook';
import { launch, openPage, waitForMapIdle, type AtlasPage } from './browser';

// Driven from the catalog itself: every park and zone in data/ must open from its link, and of the
// projects one per park and kind of location (exact, approximate, site unknown). Each project link
// runs the same code path once its kind is covered; tests/ui/real-data.test.tsx opens every one of
// them (panel and values) in jsdom, where a link costs milliseconds instead of a 3 s page load.
const parks = readdirSync('data/parks')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join('data/parks', f), 'utf8')) as Park);
const sources = new Map((JSON.parse(readFileSync('data/sources.json', 'utf8')) as SourcesFile).sources.map((s) => [s.id, s]));
type Link = { query: string; name: string; feature: string; highlight: string; park?: Park };
const oneProjectPerKind = (park: Park) => [...new Map(park.projects.map((p) => [p.location?.confidence ?? 'none', p] as const)).values()];
const parkLink = (park: Park): Link => ({
  // A park with no boundary drawn (reference parks, parks still without geometry) is a marker.
  query: `park=${park.id}`,
  name: park.name.en,
  feature: park.id,
  highlight: `atlas-${park.boundary && !park.reference ? 'parks' : 'park-points'}:${park.id}`,
  park,
});
const zoneLink = (park: Park, z: Park['zones'][number]): Link => ({
  query: `park=${park.id}&zone=${z.id}`,
  name: z.name.en,
  feature: `${park.id}/${z.id}`,
  highlight: `atlas-zones:${park.id}/${z.id}`,
});
const projectLink = (p: Park['projects'][number]): Link => ({
  query: `project=${p.id}`,
  name: p.name.en,
  feature: p.id,
  highlight: `atlas-projects:${p.id}`,
});
const links: Link[] = parks.flatMap((park) => [
  parkLink(park),
  ...park.zones.map((z) => zoneLink(park, z)),
  ...oneProjectPerKind(park).map(projectLink),
]);

// Small, still the desktop layout: SwiftShader draws every pixel on the CPU, and 27 page loads add up.
const VIEWPORT = { width: 800, height: 560 };
let browser: Browser;
let atlas: AtlasPage;
const dialogs: string[] = [];
const strayRequests: string[] = [];
beforeAll(async () => {
  browser = await launch();
  atlas = await openPage(browser, null as unknown as string, VIEWPORT);
  // No animation: each link is judged on where the camera lands, and 27 fits take no time.
  await atlas.page.emulateMedia({ reducedMotion: 'reduce' });
  atlas.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  atlas.page.on('request', (r) => {
    if (/\/x$/.test(new URL(r.url()).pathname)) strayRequests.push(r.url());
  });
});
afterAll(async () => {
  await atlas?.context.close();
  await browser?.close();
});

// Every link is a real page load (a fresh document, as a shared link opens); the checks wait for what they need.
const go = (page: Page, query: string) => page.goto(new URL(`?${query}`, atlas.base).toString(), { waitUntil: 'domcontentloaded' });
const panel = (page: Page) => page.getByRole('complementary', { name: /^(Details|详情)$/ });
const heading = (page: Page) => panel(page).getByRole('heading', { level: 2 }).first();
/** The query without the camera, which the map keeps rewriting as it moves. */
const selection = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  params.delete('map');
  return decodeURIComponent(params.toString());
};
const hook = <T>(page: Page, fn: (map: AtlasMapHook) => T) =>
  page.waitForFunction(() => !!window.__atlasMap).then(() => page.evaluate(`(${fn.toString()})(window.__atlasMap)`) as Promise<T>);

/**
 * The map has fitted the link (it writes the camera back with replaceState once it has moved),
 * has the feature selected (feature-state) and draws it in view. Not waiting for the basemap's
 * idle on every link keeps 27 page loads inside the time budget; the copy-link test does wait.
 */
async function mapShows(page: Page, link: Link) {
  const shown = () =>
    page.evaluate(
      ([feature, highlight]) => {
        const map = window.__atlasMap;
        return (
          new URL(location.href).searchParams.has('map') &&
          !!map &&
          map.getSelection().highlighted.includes(highlight!) &&
          map.renderedFeatureIds('atlas-').includes(feature!)
        );
      },
      [link.feature, link.highlight],
    );
  await expect.poll(shown, { timeout: 15_000, message: `map shows ${link.query}` }).toBe(true);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fact = (page: Page, label: string) =>
  panel(page)
    .locator('.fact')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${escape(label)}$`) }) })
    .first();

/**
 * A park's panel: its stated area (or "not reported"), its first key figure, that figure's document and
 * how it prints it; for a park with no published boundary, its uncertainty ring (was one page load
 * each in national-view.test.ts).
 */
async function parkFacts(page: Page, park: Park) {
  const firstArea = park.area?.values[0];
  expect(await fact(page, 'Stated area').locator('dd').textContent()).toContain(firstArea ? formatAmount(firstArea, 'en') : 'not reported');
  const first = park.keyFigures[0];
  if (!first) return;
  const row = fact(page, first.label.en);
  const value = first.figure.values[0]!;
  expect(await row.textContent()).toContain(formatAmount(value, 'en'));
  await row
    .getByRole('button', { name: new RegExp(`^(Source|\\d+ sources) for ${escape(first.label.en)}`) })
    .first()
    .click();
  const popover = row.getByRole('group', { name: /^(Source|\d+ sources) for / }).first();
  await expect.poll(() => popover.textContent()).toContain(sources.get(value.sources[0]!)!.title);
  const printed = value.printed?.find((p) => p.source === value.sources[0]);
  if (printed) expect(await popover.locator('q', { hasText: printed.as }).first().getAttribute('lang')).toBe(printed.lang);
  if ((!park.boundary || park.reference) && park.location.uncertaintyM) await noBoundary(page, park.id);
}

/** A park with no published outline: its ring on the map, the legend says what it is, the panel why there is none. */
async function noBoundary(page: Page, id: string) {
  await expect.poll(() => hook(page, (m) => m.renderedFeatureIds('atlas-uncertainty'))).toContain(id);
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect.poll(() => legend.getByText('Boundary not published: location, dotted ring = how far off it may be').count()).toBe(1);
  expect(await panel(page).getByRole('region', { name: 'Boundary', exact: true }).textContent()).toContain('Boundary not published.');
}

function clean() {
  expect(atlas.consoleErrors).toEqual([]);
  expect(atlas.external).toEqual([]);
}

describe('deep links in Chromium', () => {
  it.each(links.map((l) => [l.query, l] as const))(
    'opens ?%s: the panel names it (a park: its area, first figure and its source) and the map shows it',
    async (_, link) => {
      const { page } = atlas;
      await go(page, link.query);
      await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toContain(link.name);
      await mapShows(page, link);
      expect(selection(page)).toBe(link.query);
      expect(new URL(page.url()).searchParams.get('map')).toMatch(/^[\d.]+\/[\d.]+\/[\d.]+$/); // the camera, written back
      if (link.park) await parkFacts(page, link.park);
      clean();
    },
  );

  it('covers every park, every zone and every kind of project location in data/', () => {
    const kinds = new Set(parks.flatMap((p) => p.projects.map((x) => `${p.id}:${x.location?.confidence ?? 'none'}`)));
    const count = parks.reduce((n, p) => n + 1 + p.zones.length, 0) + kinds.size;
    expect(links).toHaveLength(count);
    expect(new Set(links.map((l) => l.query)).size).toBe(count);
    expect(count).toBeGreaterThanOrEqual(27);
  });

  it('goes Back and Forward across three selections made in the list and the panels', async () => {
    const { page } = atlas;
    // A park with a zone that has a project, so each step is a click in the panel the last one opened.
    const park = parks.find((p) => p.projects.some((x) => x.zoneId))!;
    const project = park.projects.find((x) => x.zoneId)!;
    const steps = [
      parkLink(park),
      zoneLink(
        park,
        park.zones.find((z) => z.id === project.zoneId)!,
      ),
      projectLink(project),
    ] as const;
    const at = async (link: Link) => {
      await expect.poll(() => heading(page).textContent()).toContain(link.name);
      expect(selection(page)).toBe(link.query);
      await mapShows(page, link);
    };

    await go(page, '');
    await page.getByRole('navigation', { name: 'Parks' }).getByRole('link', { name: steps[0].name }).first().click();
    await at(steps[0]);
    await panel(page).getByRole('region', { name: 'Zones' }).getByRole('link', { name: steps[1].name, exact: true }).click();
    await at(steps[1]);
    await panel(page).getByRole('region', { name: 'Projects' }).getByRole('link', { name: steps[2].name, exact: true }).click();
    await at(steps[2]);
    for (const i of [1, 0]) {
      await page.goBack();
      await at(steps[i]!);
    }
    for (const i of [1, 2]) {
      await page.goForward();
      await at(steps[i]!);
    }
    clean();
  });

  it('goes Back to the camera the reader left, not to a fresh fit of the selection', async () => {
    const { page } = atlas;
    const valley = links.find((l) => l.query === 'park=changchun-pharma-valley')!;
    const zone = links.find((l) => l.query === 'park=changchun-pharma-valley&zone=future-medical-port')!;
    await go(page, valley.query);
    await mapShows(page, valley);
    const fitted = await hook(page, (m) => m.getZoom());
    await page.getByRole('button', { name: 'Zoom in' }).first().click();
    await expect.poll(() => hook(page, (m) => m.getZoom())).toBeGreaterThan(fitted + 0.9);
    await expect.poll(() => new URL(page.url()).searchParams.get('map')?.split('/')[0]).toBe(String(Number((fitted + 1).toFixed(2))));
    const before = await hook(page, (m) => ({ zoom: m.getZoom(), center: m.getCenter() }));
    await panel(page).getByRole('region', { name: 'Zones' }).getByRole('link', { name: zone.name, exact: true }).click();
    await mapShows(page, zone);
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toContain(valley.name);
    await expect.poll(() => hook(page, (m) => m.getZoom())).toBeCloseTo(before.zoom, 2);
    const [lon, lat] = await hook(page, (m) => m.getCenter());
    expect(lon).toBeCloseTo(before.center[0], 4);
    expect(lat).toBeCloseTo(before.center[1], 4);
    clean();
  });

  it('opens a link with an old id at the renamed one, rewriting the address in place and saying so', async () => {
    const { page } = atlas;
    await page.route('**/data/redirects.json', (route) =>
      route.fulfill({
        json: { redirects: [{ kind: 'park', from: 'changchun-medicine-valley', to: 'changchun-pharma-valley', since: '2026-12' }] },
      }),
    );
    try {
      await go(page, 'park=changchun-medicine-valley');
      const length = await page.evaluate(() => history.length);
      await expect.poll(() => heading(page).textContent()).toContain('Changchun Pharmaceutical Valley');
      expect(selection(page)).toBe('park=changchun-pharma-valley');
      expect(await page.evaluate(() => history.length)).toBe(length);
      expect(await panel(page).getByRole('status').filter({ hasText: 'old id' }).textContent()).toBe(
        'This link used an old id “changchun-medicine-valley”; it now opens “Changchun Pharmaceutical Valley”.',
      );
    } finally {
      await page.unroute('**/data/redirects.json');
    }
    clean();
  });

  it('copies a link that opens the same view in a fresh browser', async () => {
    const { page, context } = atlas;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const link = links.find((l) => l.query.includes('zone='))!;
    await go(page, link.query);
    await mapShows(page, link);
    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => panel(page).getByRole('region', { name: 'Share' }).getByRole('status').textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const fresh = await openPage(browser, copied, VIEWPORT);
    await expect.poll(() => heading(fresh.page).textContent()).toContain(link.name);
    await waitForMapIdle(fresh.page);
    // The link rounds the camera (2 decimals of zoom, 5 of degrees): the same view, to what the eye can tell.
    const view = (p: Page) => hook(p, (m) => [m.getZoom(), ...m.getCenter()]);
    const [z1 = 0, lon1 = 0, lat1 = 0] = await view(page);
    const [z2 = 1, lon2 = 1, lat2 = 1] = await view(fresh.page);
    expect(Math.abs(z1 - z2)).toBeLessThan(0.006);
    expect(Math.hypot(lon1 - lon2, lat1 - lat2)).toBeLessThan(1e-4);
    expect(fresh.consoleErrors).toEqual([]);
    expect(fresh.external).toEqual([]);
    await fresh.context.close();
    clean();
  });

  it.each([
    ['project=no-such-project', 'alert', 'There is no project with the id “no-such-project”.', 'Not found'],
    ['park=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', 'status', '"park"', 'Parks'],
    ['zone=<img src=x onerror=window.__pwned=1>', 'status', '"zone"', 'Parks'],
    // The rest of the link still applies: the park opens, in Chinese.
    ['park=changchun-pharma-valley&zone=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=zh', 'status', '"zone"', '长春药谷'],
  ] as const)('shows a visible message for %s and runs nothing', async (query, role, message, panelHeading) => {
    const { page } = atlas;
    await go(page, query);
    const shown = page.getByRole(role).filter({ hasText: message });
    await expect.poll(() => shown.count()).toBe(1);
    expect(await shown.isVisible()).toBe(true);
    // Once the panel has rendered from the catalog, everything the link could touch has run.
    await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toContain(panelHeading);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('#root script, #root img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(strayRequests).toEqual([]);
    clean();
  });
});
