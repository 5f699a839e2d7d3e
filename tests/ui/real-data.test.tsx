import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { buildCatalog, type Catalog } from '../../src/catalog/catalog';
import { validateCatalog } from '../../src/catalog/validate';
import { renderAt, text } from './render';

/** The curated data, read with fs and validated the way the app loads it. */
function realCatalog(): Catalog {
  const files = readCatalogFiles('data');
  const result = validateCatalog(files.sources, files.parks);
  expect(result.problems).toEqual([]);
  return buildCatalog(result.parks, result.sources, result.problems);
}

const catalog = realCatalog();
const show = (search: string) => renderAt(search, undefined, catalog);
const fact = (label: string) => screen.getAllByText(label, { selector: 'dt' })[0]!.closest('.fact')!;

describe('panels over the real catalog', () => {
  const links = [
    ...catalog.parks.map((p) => `?park=${p.id}`),
    ...[...catalog.zoneByKey.values()].map(({ park, zone }) => `?park=${park.id}&zone=${zone.id}`),
    ...[...catalog.projectById.keys()].map((id) => `?project=${id}`),
  ];

  it.each(links)('%s renders a heading and no broken values', (search) => {
    const { unmount } = show(search);
    expect(screen.getAllByRole('heading', { level: 2 })[0]!.id).toBe('panel-heading');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toMatch(/undefined|NaN|\[object Object\]/);
    unmount();
  });

  it('shows the three valley zones with their stated areas (8 and 9 km² side by side)', () => {
    show('?park=changchun-pharma-valley');
    const zones = screen.getByRole('region', { name: 'Zones' });
    expect(text(zones)).toContain('5.4 km²');
    expect(text(zones)).toMatch(/Entrepreneurship.*5 km²/);
    expect(text(zones)).toMatch(/Sources disagree.*8 km².*9 km²/);
  });

  it('shows the town’s 50 bn and 30 bn outputs side by side, each with its year and source', () => {
    show('?park=hangzhou-biopharma-town');
    const output = fact('Output value');
    expect(text(output)).toContain('Sources disagree');
    expect(text(output)).toContain('more than ¥50 bn (2019, inferred)');
    expect(text(output)).toContain('more than ¥30 bn (2018, inferred)');
    expect(within(output as HTMLElement).getAllByRole('button', { name: /^(Source|\d+ sources) for Output value/ })).toHaveLength(2);
  });

  it('carries the Sino Biomaterials construction area as printed, flagged, beside the other value', () => {
    show('?project=sino-biomaterials-absorbable-devices');
    const area = fact('Construction (floor) area');
    expect(text(area)).toContain('Sources disagree');
    expect(text(area)).toContain('1,026,000 m² (Jul 2019) as printed; ambiguous');
    expect(text(area)).toContain('102,600 m² (10 Jul 2019)');
  });

  it('labels two measures, parts of a sum and a conversion for what they are, not as disagreement', () => {
    const { unmount } = show('?park=changchun-new-area');
    const area = text(fact('Stated area').querySelector('dd'));
    expect(area).toMatch(/^Different measures 499 km² .*planned area.*about 710 km² .*administered area/);
    expect(area).not.toContain('Sources disagree');
    unmount();
    show('?park=qiantang-new-area');
    const revenue = text(fact('Biopharma revenue').querySelector('dd'));
    expect(revenue).toMatch(/^Same amount, converted ¥40 bn \(2020\).*US\$6\.21 bn \(2020\)/);
  });

  it('sums the parts of the Alvotech joint venture and counts its investment once', () => {
    show('?project=alvotech-cchn-antibody-plant');
    const parts = screen.getByText('Parts of a total').closest('.fact')!;
    expect(text(parts)).toContain('together US$200 M');
  });
});
