import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticSite } from '../../scripts/bench/synthetic-site';
import { EAGER_PARKS } from '../../src/catalog/park-index';
import type { AtlasMapHook } from '../../src/map/test-hook';
import { VIEW_PARKS } from '../../src/map/camera';
import { artifactPath, launch, openPage, waitForMapIdle } from './browser';
import { describeViolations, isSerious, runAxe } from './axe';
import { DIST, serveStatic, type StaticServer } from './static-server';

// Several times EAGER_PARKS, so the atlas loads park files on demand, and spread over China, so a
// zoomed-out view holds more than VIEW_PARKS of them.
const SIZE = { parks: 300, projectsPerPark: 6 };

let browser: Browser;
let site: StaticServer;
beforeAll(async () => {
  const dir = buildSyntheticSite(DIST(), resolve('.scratch/e2e-synthetic'), SIZE);
  [browser, site] = await Promise.all([launch(), serveStatic(dir)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

const parkFiles = () => site.served.filter((p) => p.startsWith('/data/parks/'));
const hook = <T>(page: Page, fn: (map: AtlasMapHook) => T) => page.evaluate(`(${fn.toString()})(window.__atlasMap)`) as Promise<T>;

describe(`a catalog of ${SIZE.parks} parks (more than ${EAGER_PARKS}) in the browser`, () => {
  it('opens a project link with the index and that one park file', async () => {
    site.served.length = 0;
    const { page, context, external, consoleErrors } = await openPage(browser, '?project=synthetic-park-250-project-4', undefined, {
      base: site.url,
    });
    await waitForMapIdle(page);
    expect(await page.locator('#panel-heading').textContent()).toBe('Project 4 of park 250 项目4');
    expect(parkFiles()).toEqual(['/data/parks/synthetic-park-250.json']);
    expect(site.served).toContain('/data/index.json');
    expect(site.notFound).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('shows every park from the index zoomed out, loads only the list page, and loads a park on selection', async () => {
    site.served.length = 0;
    const { page, context, consoleErrors } = await openPage(browser, '', undefined, { base: site.url });
    await waitForMapIdle(page);
    const nav = page.getByRole('navigation', { name: 'Parks' });
    await expect.poll(() => nav.getByText('2 zones, 6 projects').count()).toBe(100);
    // Zoomed out over all of them: more than VIEW_PARKS in view, so the map loads none itself.
    expect(parkFiles().length).toBe(100);
    expect(parkFiles().length).toBeLessThan(SIZE.parks);
    const points = await hook(page, (m) => m.renderedFeatureIds('atlas-park-marker'));
    expect(points.length).toBeGreaterThan(VIEW_PARKS);
    await page.screenshot({ path: artifactPath('on-demand-overview.png') });
    const serious = (await runAxe(page)).filter(isSerious);
    expect(serious, describeViolations(serious)).toEqual([]);

    // A park beyond the list's page, from search: its file loads, the map fits it and draws its zones.
    const search = page.getByRole('combobox').first();
    await search.fill('Synthetic park 287');
    await page
      .getByRole('option', { name: /^Synthetic park 287\b/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#panel-heading').textContent()).toContain('Synthetic park 287');
    // The heading comes from the index at once; the park's own file follows.
    await expect.poll(() => page.locator('[aria-labelledby="panel-heading"][aria-busy="true"]').count()).toBe(0);
    await waitForMapIdle(page);
    expect(parkFiles()).toContain('/data/parks/synthetic-park-287.json');
    expect(await hook(page, (m) => m.renderedFeatureIds('atlas-zone'))).toEqual(
      expect.arrayContaining(['synthetic-park-287/zone-0', 'synthetic-park-287/zone-1']),
    );
    await page.screenshot({ path: artifactPath('on-demand-park.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
