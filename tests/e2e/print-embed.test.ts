import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatAmount } from '../../src/i18n/format-figure';
import { formatPartialDate } from '../../src/i18n/format-date';
import type { Park, SourcesFile } from '../../src/catalog/schema';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';
import { describeViolations, isSerious, runAxe } from './axe';

// Expectations come from the curated data, so the test follows the data as it is edited.
const valley = JSON.parse(readFileSync('data/parks/changchun-pharma-valley.json', 'utf8')) as Park;
const sources = new Map((JSON.parse(readFileSync('data/sources.json', 'utf8')) as SourcesFile).sources.map((s) => [s.id, s]));
const area = valley.area!.values[0]!;
const areaSource = sources.get(area.sources[0]!)!;
const project = valley.projects.find((p) => p.id === 'genescience-pharma-park')!;
const VIEWPORT = { width: 900, height: 640 };

let browser: Browser;
let host: Server;
let hostUrl: string;
beforeAll(async () => {
  browser = await launch();
  // A second origin (another port) standing for an investment office's own site.
  const frameSrc = `${inject('baseUrl')}?project=${project.id}&embed=1`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host site</title></head><body><main><h1>Our parks</h1>
<iframe src="${frameSrc.replace(/&/g, '&amp;')}" title="Atlas map" width="640" height="480" loading="lazy"></iframe></main></body></html>`;
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (host ? host.close(() => done()) : done()));
});

/** Distinct colours in a sample of the picture: a blank or unread canvas has one or two. */
const pictureColours = (page: Page) =>
  page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('#print-root img')!;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return { width: img.naturalWidth, colours: colours.size };
  });

describe('print and embed (issue 16)', () => {
  it('prints a park as an A4 profile: name, key figure as printed, source address, no interface chrome', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, null, VIEWPORT);
    // The print dialog is the browser's; the test counts the call and prints with page.pdf instead.
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.goto(`${inject('baseUrl')}?park=${valley.id}`);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Print / PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const picture = await pictureColours(page);
    expect(picture.width).toBeGreaterThan(300);
    expect(picture.colours).toBeGreaterThan(8);

    await page.emulateMedia({ media: 'print' });
    const pdf = artifactPath('park-profile.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(text).toContain(valley.name.en);
    expect(text).toContain(`${formatAmount(area)} (${formatPartialDate(area.asOf)}`);
    expect(flat).toContain(area.printed![0]!.as.replace(/\s+/g, ''));
    expect(flat).toContain(areaSource.url!.replace(/\s+/g, ''));
    expect(flat).toContain(`${new URL(inject('baseUrl')).host}/?park=${valley.id}`);
    expect(text).toContain(project.name.en);
    for (const chrome of ['Copy link', 'Search parks', 'Print / PDF', 'Reset view', 'Show details']) expect(text).not.toContain(chrome);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, artifactPath('park-profile')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('embeds a project link in a page of another origin: map and card, "Open in the atlas" without embed, nothing leaves the machine', async () => {
    const { page, context, external, consoleErrors } = await openPage(browser, null, VIEWPORT);
    const hostOrigin = new URL(hostUrl).origin;
    await context.route(`${hostOrigin}/**`, (route) => route.continue());
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 45_000 });
    await expect.poll(() => frame.locator('canvas.maplibregl-canvas').count()).toBe(1);
    await expect.poll(() => frame.getByRole('heading', { level: 1 }).textContent()).toBe(project.name.en);
    expect(await frame.getByRole('searchbox').count()).toBe(0);
    expect(await frame.getByRole('complementary', { name: 'Details' }).count()).toBe(0);
    expect(await frame.getByRole('navigation', { name: 'Parks' }).count()).toBe(0);
    const open = frame.getByRole('link', { name: /Open in the atlas/ });
    const href = new URL((await open.getAttribute('href'))!);
    href.searchParams.delete('map'); // the camera, written as the map settles
    expect(href.toString()).toBe(`${inject('baseUrl')}?project=${project.id}`);
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('rel')).toContain('noopener');
    await page.screenshot({ path: artifactPath('embed-host.png') });

    const embedded = page.frames().find((f) => f.url().includes('embed=1'))!;
    const serious = (await runAxe(embedded as unknown as Page)).filter(isSerious);
    expect(serious, describeViolations(serious)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
