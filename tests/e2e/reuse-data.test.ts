import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import type { Figure, Position } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate';
import { parseCsvRecords } from '../fixtures/csv';
import { describeViolations, isSerious, runAxe } from './axe';
import { artifactPath, launch, openPage } from './browser';

/**
 * Issue 16: the Data page's files as the build wrote them (read back, checked with GDAL and
 * against RFC 7946), the page itself (axe, a download through it), and a BibTeX citation
 * downloaded from a figure's Source.
 */
const DIST = join(process.env.ATLAS_DIST ?? 'dist', 'downloads');
const read = (name: string) => readFileSync(join(DIST, name), 'utf8');
const files = validateCatalog(readCatalogFiles('data').sources, readCatalogFiles('data').parks);
const parks = files.parks;
const values = (f: Figure | undefined) => f?.values.length ?? 0;

type Pkg = {
  created: string;
  licenses: { name: string }[];
  resources: { path: string; bytes: number; mediatype: string; schema?: { fields: { name: string }[] } }[];
};

describe('the built downloads', () => {
  const pkg = JSON.parse(read('datapackage.json')) as Pkg;

  it('lists every file it describes, with its size, and names the licence and the build date', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      readdirSync(DIST)
        .filter((f) => f !== 'datapackage.json')
        .sort(),
    );
    for (const r of pkg.resources) expect(statSync(join(DIST, r.path)).size, r.path).toBe(r.bytes);
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.created).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("reads back each CSV: its header is the package's fields, one row per catalog item or value", () => {
    const expected: Record<string, number> = {
      parks: parks.length,
      zones: parks.reduce((n, p) => n + p.zones.length, 0),
      projects: parks.reduce((n, p) => n + p.projects.length + p.aggregates.length, 0),
      sources: files.sources.length,
      figures: parks.reduce(
        (n, p) =>
          n +
          values(p.area) +
          p.keyFigures.reduce((s, k) => s + values(k.figure), 0) +
          p.landmarks.reduce((s, l) => s + values(l.distance), 0) +
          p.zones.reduce((s, z) => s + values(z.area), 0) +
          p.projects.reduce((s, x) => s + values(x.investment) + (x.otherFigures ?? []).reduce((t, k) => t + values(k.figure), 0), 0) +
          p.aggregates.reduce((s, a) => s + values(a.count) + values(a.investment), 0),
        0,
      ),
    };
    for (const [name, rows] of Object.entries(expected)) {
      const text = read(`${name}.csv`);
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      const records = parseCsvRecords(text.slice(1));
      const header = text.slice(1, text.indexOf('\r\n')).split(',');
      expect(header, name).toEqual(pkg.resources.find((r) => r.path === `${name}.csv`)!.schema!.fields.map((f) => f.name));
      expect(records, name).toHaveLength(rows);
    }
    expect(rows('figures').some((r) => /[\u4e00-\u9fff]/.test(r.printed_as!))).toBe(true);
  });

  it('writes RFC 7946 GeoJSON that GDAL opens: no crs, lon/lat inside China, exterior rings counter-clockwise, holes clockwise', () => {
    const geo = JSON.parse(read('catalog.geojson')) as {
      type: string;
      crs?: unknown;
      features: { geometry: { type: string; coordinates: unknown } }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo).not.toHaveProperty('crs');
    const area = (ring: Position[]) => ring.slice(1).reduce((s, [x2, y2], i) => s + ring[i]![0] * y2 - x2 * ring[i]![1], 0) / 2;
    let rings = 0;
    for (const { geometry: g } of geo.features) {
      const polygons =
        g.type === 'Polygon' ? [g.coordinates as Position[][]] : g.type === 'MultiPolygon' ? (g.coordinates as Position[][][]) : [];
      const points = g.type === 'Point' ? [g.coordinates as Position] : polygons.flat(2);
      for (const [lon, lat] of points) {
        expect(lon).toBeGreaterThan(73);
        expect(lon).toBeLessThan(135);
        expect(lat).toBeGreaterThan(18);
        expect(lat).toBeLessThan(54);
      }
      for (const polygon of polygons)
        polygon.forEach((ring, i) => {
          rings++;
          expect(area(ring) > 0, `ring ${i}`).toBe(i === 0);
        });
    }
    expect(rings).toBeGreaterThan(0);
    const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', join(DIST, 'catalog.geojson')], { encoding: 'utf8' });
    expect(info).toContain("using driver `GeoJSON' successful");
    expect(Number(/Feature Count: (\d+)/.exec(info)?.[1])).toBe(geo.features.length);
    const [w, s, e, n] = /Extent: \(([\d.-]+), ([\d.-]+)\) - \(([\d.-]+), ([\d.-]+)\)/.exec(info)!.slice(1).map(Number);
    expect([w! > 73, e! < 135, s! > 18, n! < 54]).toEqual([true, true, true, true]);
    expect(info).toContain('ID["EPSG",4326]');
  });
});

function rows(name: string) {
  return parseCsvRecords(read(`${name}.csv`).slice(1));
}

describe('the Data page and citations in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the downloads with the licence, passes axe, and downloads parks.csv through the page', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '?view=data', { width: 1000, height: 760 });
    const link = page.getByRole('link', { name: 'parks.csv' });
    await link.waitFor();
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Download the catalog');
    expect(await page.locator('.data-page').textContent()).toMatch(/Creative Commons Attribution 4\.0 International \(CC-BY-4\.0\)/);
    await page.screenshot({ path: artifactPath('data-page.png'), fullPage: true });
    const violations = await runAxe(page);
    expect(violations.filter(isSerious), describeViolations(violations)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('parks.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toBe(read('parks.csv'));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("downloads a BibTeX citation from a figure's Source", async () => {
    const { page, context, consoleErrors } = await openPage(browser, '?park=changchun-pharma-valley', { width: 1000, height: 760 });
    const source = page.locator('.park-panel button.cite-button').first();
    await source.click();
    const pop = page.locator('.cite-pop');
    await pop.getByRole('button', { name: 'Cite as RIS, BibTeX or CSL-JSON' }).click();
    await pop.getByRole('combobox', { name: 'Format' }).selectOption('bibtex');
    const [download] = await Promise.all([page.waitForEvent('download'), pop.getByRole('button', { name: 'Download BibTeX' }).click()]);
    expect(download.suggestedFilename()).toBe('pharma-parks-atlas-changchun-pharma-valley.bib');
    const bib = readFileSync((await download.path())!, 'utf8');
    expect(bib).toMatch(
      /^@misc\{pharma-parks-atlas-changchun-pharma-valley,\n {2}title = \{\{Pharma Parks Atlas: Changchun Pharmaceutical Valley — /,
    );
    expect(bib).toMatch(/url = \{http:\/\/127\.0\.0\.1:\d+\/\?park=changchun-pharma-valley\}/);
    expect(bib).toMatch(/date = \{\d{4}-\d\d-\d\d\}/);
    expect(bib.match(/^@misc\{/gm)!.length).toBeGreaterThan(1);
    expect(await pop.getByRole('status').last().textContent()).toBe('BibTeX file saved');
    await page.screenshot({ path: artifactPath('cite-bibtex.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
