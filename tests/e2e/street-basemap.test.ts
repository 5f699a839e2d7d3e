import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STREET_STYLE_DEFAULT } from '../../src/map/street-basemap';
import { artifactPath, launch, openPage, waitForMapIdle, type AtlasPage } from './browser';

const STREET_ORIGIN = new URL(STREET_STYLE_DEFAULT).origin;

/** A 256 px tile of one colour: enough for the eye to tell the street map from the offline one. */
function png(rgb: [number, number, number], size = 256): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The stand-in for OpenFreeMap on a second local origin: its style names tiles on the real origin, as the real one does. */
const STYLE = {
  version: 8,
  name: 'stand-in for OpenFreeMap liberty',
  sources: {
    streets: {
      type: 'raster',
      tileSize: 256,
      tiles: [`${STREET_ORIGIN}/stand-in/{z}/{x}/{y}.png`],
      attribution: 'OpenFreeMap © OpenMapTiles Data from OpenStreetMap',
    },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f2efe9' } },
    { id: 'streets', type: 'raster', source: 'streets' },
  ],
};
const TILE = png([236, 226, 200]);

let browser: Browser;
let standIn: Server;
let standInUrl: string;
beforeAll(async () => {
  browser = await launch();
  standIn = createServer((req, res) => {
    if (req.url === new URL(STREET_STYLE_DEFAULT).pathname)
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(STYLE));
    if (req.url?.startsWith('/stand-in/')) return res.writeHead(200, { 'content-type': 'image/png' }).end(TILE);
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => standIn.listen(0, '127.0.0.1', done));
  standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => standIn?.close(done));
});

/** Requests to the street origin go to the stand-in instead; each is recorded. */
async function openWithStandIn(): Promise<AtlasPage & { street: string[] }> {
  const atlas = await openPage(browser, null, { width: 900, height: 620 });
  const street: string[] = [];
  // Routes added later win over openPage's guard, for this one origin only.
  await atlas.context.route(`${STREET_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    street.push(url.pathname);
    const response = await route.fetch({ url: standInUrl + url.pathname });
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  return { ...atlas, street };
}

/** The choice sits in a folded "Basemap" menu beside "Cities", as a reader finds it. */
async function choice(page: Page, name: RegExp) {
  const menu = page.locator('details.map-basemap');
  if (!(await menu.evaluate((d: HTMLDetailsElement) => d.open))) await menu.locator('summary').click();
  return page.getByRole('group', { name: 'Basemap' }).getByRole('radio', { name });
}

describe('the street basemap, a choice the reader makes', () => {
  it('asks nothing of the street origin by default; once chosen it loads from it, with attribution, and is remembered', async () => {
    const atlas = await openWithStandIn();
    const { page } = atlas;
    await page.goto(atlas.base);
    await waitForMapIdle(page);
    expect(await (await choice(page, /^Offline/)).isChecked()).toBe(true);
    expect(atlas.street).toEqual([]);
    expect(atlas.external).toEqual([]);
    // The built policy names the street origin, and no other off-site origin.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain(`connect-src 'self' ${STREET_ORIGIN}`);
    expect(new Set(policy!.match(/https?:\/\/[^\s;]+/g))).toEqual(new Set([STREET_ORIGIN]));

    await (await choice(page, /^Street map/)).check();
    await expect.poll(() => atlas.street.some((p) => p.startsWith('/stand-in/')), { timeout: 30_000 }).toBe(true);
    expect(atlas.street[0]).toBe(new URL(STREET_STYLE_DEFAULT).pathname);
    await waitForMapIdle(page);
    // The street map's own attribution, and not the offline basemap's, whose layers are not drawn now.
    const credits = () => page.locator('details.maplibregl-ctrl-attrib').textContent();
    await expect.poll(credits).toContain('OpenFreeMap');
    expect(await credits()).not.toContain('Natural Earth');
    // The atlas's own layers are drawn over the street map.
    await expect.poll(() => page.evaluate(() => window.__atlasMap?.renderedFeatureIds('atlas-').length ?? 0)).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('street-basemap.png') });

    const before = atlas.street.length;
    await page.reload();
    await expect.poll(() => atlas.street.length, { timeout: 30_000 }).toBeGreaterThan(before);
    expect(await (await choice(page, /^Street map/)).isChecked()).toBe(true);
    await expect.poll(credits).toContain('OpenFreeMap');
    expect(await credits()).not.toContain('Natural Earth');
    await (await choice(page, /^Offline/)).check();
    await waitForMapIdle(page);
    await expect.poll(credits).toContain('Natural Earth');
    expect(await credits()).not.toContain('OpenFreeMap');
    expect(await page.evaluate(() => localStorage.getItem('atlas.basemap'))).toBe('offline');
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.external).toEqual([]);
    await atlas.context.close();
  });
});
