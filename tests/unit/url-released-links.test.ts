import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { buildCatalog } from '../../src/catalog/catalog';
import { RedirectsFileSchema, ReleasedIdsSchema, type Park, type Redirect } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate';
import { brokenReleasedLinks } from '../../src/url/released-links';

const files = readCatalogFiles(resolve('data'));
const { parks, sources } = validateCatalog(files.sources, files.parks);
const redirects = RedirectsFileSchema.parse(JSON.parse(readFileSync('data/redirects.json', 'utf8'))).redirects;
const released = ReleasedIdsSchema.parse(JSON.parse(readFileSync('data/released-ids.json', 'utf8')));

/** A copy of the catalog with one park, zone or project gone (the data files stay untouched). */
const without = (edit: (p: Park) => Park | undefined) =>
  buildCatalog(
    parks.flatMap((p) => edit(p) ?? []),
    sources,
  );
const valley = 'changchun-pharma-valley';
const since = '2026-12';

// The guard behind tests/unit/stable-ids.test.ts, proven to bite: deleting an id must break a link.
describe('links of the previous release', () => {
  it('all open something in the catalog as it is', () => {
    expect(brokenReleasedLinks(buildCatalog(parks, sources), redirects, released)).toEqual([]);
  });

  it('break when a released park is deleted, and work again with a redirect', () => {
    const catalog = without((p) => (p.id === 'qiantang-new-area' ? undefined : p));
    expect(brokenReleasedLinks(catalog, redirects, released)).toEqual(['?park=qiantang-new-area']);
    const fix: Redirect = { kind: 'park', from: 'qiantang-new-area', to: 'hangzhou-etdz', since };
    expect(brokenReleasedLinks(catalog, [...redirects, fix], released)).toEqual([]);
  });

  it('break when a released zone is deleted (zones redirect within their park)', () => {
    const catalog = without((p) => (p.id === valley ? { ...p, zones: p.zones.filter((z) => z.id !== 'future-medical-port') } : p));
    expect(brokenReleasedLinks(catalog, redirects, released)).toEqual([`?park=${valley}&zone=future-medical-port`]);
    const elsewhere: Redirect = {
      kind: 'zone',
      from: 'future-medical-port',
      to: 'green-smart-chemical-park',
      parkId: 'hangzhou-biopharma-town',
      since,
    };
    expect(brokenReleasedLinks(catalog, [...redirects, elsewhere], released)).toHaveLength(1);
    const fix: Redirect = { ...elsewhere, parkId: valley };
    expect(brokenReleasedLinks(catalog, [...redirects, fix], released)).toEqual([]);
  });

  it('break when a released project is deleted', () => {
    const gone = released.projects[0]!;
    const catalog = without((p) => ({ ...p, projects: p.projects.filter((x) => x.id !== gone) }));
    expect(brokenReleasedLinks(catalog, redirects, released)).toEqual([`?project=${gone}`]);
  });

  it('break when a redirect leads in a circle or to an id that is gone too', () => {
    const catalog = without((p) => (p.id === 'hangzhou-etdz' || p.id === 'qiantang-new-area' ? undefined : p));
    const loop: Redirect[] = [
      { kind: 'park', from: 'hangzhou-etdz', to: 'qiantang-new-area', since },
      { kind: 'park', from: 'qiantang-new-area', to: 'hangzhou-etdz', since },
    ];
    // The development zone's own zone and project go with it (the youth town moved there from the Biopharma Town).
    expect(brokenReleasedLinks(catalog, [...redirects, ...loop], released)).toEqual([
      '?park=hangzhou-etdz',
      '?park=qiantang-new-area',
      '?park=hangzhou-biopharma-town&zone=youth-entrepreneurship-town',
      '?park=hangzhou-etdz&zone=youth-entrepreneurship-town',
      '?project=singapore-science-park-hangzhou',
    ]);
  });
});
