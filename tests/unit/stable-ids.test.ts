import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { redirectPark, redirectProject, redirectZone } from '../../src/catalog/redirects';
import { RedirectsFileSchema, ReleasedIdsSchema } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate';
import { readCatalogFiles } from '../../scripts/catalog-files';

const files = readCatalogFiles(resolve('data'));
const { parks, sources } = validateCatalog(files.sources, files.parks);
const catalog = buildCatalog(parks, sources);
const redirects = RedirectsFileSchema.parse(JSON.parse(readFileSync('data/redirects.json', 'utf8'))).redirects;
const released = ReleasedIdsSchema.parse(JSON.parse(readFileSync('data/released-ids.json', 'utf8')));

// Saved links must keep working: an id from the previous release may only disappear with a redirect.
describe(`ids released in ${released.release}`, () => {
  it.each(released.parks)('park %s still resolves', (id) => {
    expect(redirectPark(catalog, redirects, id), `add a redirect for park "${id}" to data/redirects.json`).toBeDefined();
  });
  it.each(released.zones)('zone %s still resolves', (key) => {
    const [parkId = '', zoneId = ''] = key.split('/');
    const park = redirectPark(catalog, redirects, parkId);
    expect(park && redirectZone(catalog, redirects, park, zoneId), `add a redirect for zone "${key}"`).toBeTruthy();
  });
  it.each(released.projects)('project %s still resolves', (id) => {
    expect(redirectProject(catalog, redirects, id), `add a redirect for project "${id}" to data/redirects.json`).toBeDefined();
  });
  it('every redirect points at an id that exists today', () => {
    for (const r of redirects) {
      const ok =
        r.kind === 'park'
          ? catalog.parkById.has(r.to)
          : r.kind === 'project'
            ? catalog.projectById.has(r.to)
            : catalog.zoneByKey.has(`${r.toParkId ?? r.parkId}/${r.to}`);
      expect(ok, `${r.kind} redirect ${r.from} → ${r.to}`).toBe(true);
    }
  });
});
