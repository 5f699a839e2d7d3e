import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { holdRequests, launch, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Chromium's Layout Instability API, from the first frame: every shift's value and what moved.
// A string, so nothing the test's transform adds to functions (helpers such as __name) reaches the page.
const OBSERVER = `
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    window.__shifts.push({
      value: e.value,
      moved: e.sources.map((s) => (s.node && s.node.nodeType === 1 ? s.node.outerHTML.slice(0, 80) : String(s.node))),
    });
}).observe({ type: 'layout-shift', buffered: true });
`;
type Shift = { value: number; moved: string[] };

/** The page's layout shifts since its first frame add up to at most MAX_SHIFT (what moved, if not). */
async function expectNoShift(page: Page): Promise<void> {
  const shifts = (await page.evaluate('window.__shifts')) as Shift[];
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  expect(total, JSON.stringify(shifts.filter((s) => s.value > 0.0005))).toBeLessThanOrEqual(MAX_SHIFT);
}

/** Lighthouse's desktop screen. */
const DESKTOP = { width: 1350, height: 940 };
/** The index arrives this late, well after the first frame (on a slow link it would be later still). */
const INDEX_DELAY_MS = 700;
/** Lighthouse's target for the whole page is 0.02; what arrives with the catalog should move nothing. */
const MAX_SHIFT = 0.005;

/**
 * What arrives with the catalog (the legend's park list, the timeline, a view under the map)
 * takes a place kept for it or appears where it moves nothing already drawn. Measured with the
 * index held back, so the first frame is drawn without it whatever the machine's speed.
 */
describe('the first view does not shift when the catalog arrives', () => {
  it.each([
    ['the national view', ''],
    ['the projects table', '?view=projects'],
  ])('%s, on a desktop screen', async (_, link) => {
    const { page, context, consoleErrors, base } = await openPage(browser, null, DESKTOP);
    await context.addInitScript(OBSERVER);
    await page.route(/\/data\/index\.json/, async (route) => {
      await new Promise((done) => setTimeout(done, INDEX_DELAY_MS));
      await route.fallback();
    });
    await page.goto(new URL(link, base).toString());
    await waitForMapIdle(page);
    // The legend's key is in (it arrives with the catalog), so the shift it caused would have happened.
    await page.getByRole('heading', { name: 'Boundaries' }).waitFor();
    await expectNoShift(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

const boxOf = (selector: string) =>
  `(() => { const b = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return [b.left, b.top, b.width, b.height].map(Math.round).join(','); })()`;

describe("the basemap's attribution is on the first paint", () => {
  it("shows before the map has its style, where the map's own control then takes over, and moves nothing", async () => {
    const { page, context, consoleErrors, base } = await openPage(browser, null, { width: 412, height: 823 });
    await context.addInitScript(OBSERVER);
    // The map gets its style with the catalog: holding the index holds it.
    const release = await holdRequests(page, /\/data\/index\.json/);
    await page.goto(base);
    const pending = page.locator('.map-attribution-pending .maplibregl-ctrl-attrib-inner');
    await expect.poll(() => pending.textContent(), { timeout: 20_000 }).toMatch(/^Context: .*Natural Earth/);
    const text = await pending.textContent();
    const before = await page.evaluate(boxOf('.map-attribution-pending .maplibregl-ctrl-attrib'));
    release();
    await waitForMapIdle(page);
    expect(await page.locator('.map-attribution-pending').count()).toBe(0);
    expect(await page.locator('.map-canvas .maplibregl-ctrl-attrib-inner').textContent()).toBe(text);
    expect(await page.evaluate(boxOf('.map-canvas .maplibregl-ctrl-attrib'))).toBe(before);
    await expectNoShift(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/**
 * A page that arrives in pieces: index.html's frame cut before its timeline, the rest 1 s later.
 * A busy phone's parser yields the same way, and Chromium painted the half-parsed frame: its map
 * area reached the bottom of the screen, then shrank when the timeline came (CLS 0.02). The frame
 * is render-blocked until its end is parsed (`<link rel="expect">` in index.html).
 */
async function slowFrameHost(base: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const upstream = await fetch(new URL(req.url ?? '/', base));
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
      const body = Buffer.from(await upstream.arrayBuffer());
      const html = (upstream.headers.get('content-type') ?? '').startsWith('text/html') ? body.toString('utf8') : null;
      const cut = html?.indexOf('<div class="timeline-bar"') ?? -1;
      if (html === null || cut < 0) return res.end(body);
      res.write(html.slice(0, cut));
      await new Promise((done) => setTimeout(done, 1000));
      res.end(html.slice(cut));
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

describe('the first frame is painted whole', () => {
  it('even when index.html arrives in pieces: nothing moves when the rest of the frame comes', async () => {
    const host = await slowFrameHost(inject('baseUrl'));
    const { page, context, consoleErrors } = await openPage(browser, null, DESKTOP, { base: host.url });
    await context.addInitScript(OBSERVER);
    await page.goto(host.url);
    await waitForMapIdle(page);
    await expectNoShift(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
    await host.close();
  });
});
