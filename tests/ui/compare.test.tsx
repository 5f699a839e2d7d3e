import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompareView } from '../../src/features/compare/compare-view';
import { buildCatalog } from '../../src/catalog/catalog';
import { indexOfParks } from '../../src/catalog/park-index';
import { fixtureParks, fixtureSources } from './fixture-catalog';
import { renderAt, text } from './render';

const two = '?compare=changchun-pharma-valley,hangzhou-biopharma-town';
const renderCompare = (search: string) => renderAt(search, (catalog) => <CompareView catalog={catalog} />);
const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });
const cells = (name: string) => within(row(name)).getAllByRole('cell');

describe('compare view', () => {
  it('is a real table: caption, a column header per park and a row header per measure', () => {
    renderCompare(two);
    const table = screen.getByRole('table', { name: 'Changchun Pharmaceutical Valley · Hangzhou Biopharma Town, side by side' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(text(headers[0])).toContain('Changchun Pharmaceutical Valley 长春药谷');
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.every((h) => h.getAttribute('scope') === 'row')).toBe(true);
    expect(rows.map((h) => h.querySelector('.compare-row-label')?.textContent)).toEqual([
      'Stated area',
      'Output or revenue',
      'Output per km²',
      'Number of companies',
      'Plan targets',
      'Zones',
      'Tracked projects',
      'Investment per km²',
      'Status of tracked projects',
      'Focus industries',
      'Notable companies and institutions',
    ]);
  });

  it('shows both stated areas with their year, scope and a source button that opens the source', async () => {
    const { user } = renderCompare(two);
    const [valley, town] = cells('Stated area');
    expect(text(valley)).toContain('18.4 km² (2022)');
    expect(text(valley)).toContain('stated area');
    expect(text(town)).toContain('1 km² (2022)');
    const button = within(valley!).getByRole('button', {
      name: 'Source for Stated area, Changchun Pharmaceutical Valley: 18.4 km² (2022)',
    });
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(text(within(valley!).getByRole('group'))).toContain('Changchun Pharmaceutical Valley plan');
    expect(within(town!).getByRole('button', { name: /^(Source|\d+ sources) for Stated area, Hangzhou Biopharma Town/ })).toBeTruthy();
  });

  it('reads a missing figure as "not reported", shows disagreeing values side by side and marks shared industries in words', () => {
    renderCompare(two);
    const [valleyOutput, townOutput] = cells('Output or revenue');
    expect(text(valleyOutput)).toBe('not reported');
    expect(text(townOutput)).toContain('Sources disagree');
    expect(text(townOutput)).toMatch(/¥50 bn \(2020\).*¥30 bn \(2019\)/);
    const [valleyTags] = cells('Focus industries');
    expect(within(valleyTags!).getAllByRole('listitem').map(text)[0]).toBe('✓ Biopharma · shared');
    expect(text(cells('Tracked projects')[1])).toBe('none tracked');
  });

  it('shows a derived measure only with its formula and inputs on demand, else the reason', async () => {
    const { user } = renderCompare(two);
    const [valley, town] = cells('Output per km²');
    expect(text(valley)).toContain('Not shown: no output or revenue reported.');
    await user.click(within(town!).getByText('Formula and inputs'));
    const details = town!.querySelector('details')!;
    expect(details.open).toBe(true);
    expect(text(details)).toContain('output or revenue ÷ stated area');
    expect(
      within(details).getAllByRole('button', { name: /^(Source|\d+ sources) for Output per km², Hangzhou Biopharma Town/ }).length,
    ).toBe(4);
    // Tracked investment with gaps is a floor, and says so.
    expect(text(cells('Investment per km²')[0])).toMatch(/^more than ¥155 M per km² .*a lower bound: some projects report no amount/);
  });

  it('removing a park changes the link, and removal stops at two', async () => {
    const { user } = renderCompare('?compare=changchun-new-area,changchun-pharma-valley,hangzhou-biopharma-town');
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Remove Changchun New Area from the comparison' }));
    expect(window.location.search).toBe(two);
    expect(screen.getAllByRole('columnheader')).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: /^Remove / }).every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });

  it('adding a park from the list changes the link and the table', async () => {
    const { user } = renderCompare(two);
    const select = screen.getByRole('combobox', { name: 'Add a park' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['', 'changchun-new-area']);
    await user.selectOptions(select, 'changchun-new-area');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(window.location.search).toBe(`${two},changchun-new-area`);
    expect(screen.getAllByRole('columnheader').map((h) => text(h.querySelector('.compare-park-name')))).toEqual([
      'Changchun Pharmaceutical Valley 长春药谷',
      'Hangzhou Biopharma Town 杭州医药港小镇',
      'Changchun New Area 长春新区',
    ]);
  });

  it('names unknown ids in an alert, compares the rest and prompts for another park', async () => {
    const { user } = renderCompare('?compare=changchun-pharma-valley,hangzhou-biopharma-twn');
    const alert = screen.getByRole('alert');
    expect(text(alert)).toContain('Not in the catalog: “hangzhou-biopharma-twn”.');
    expect(screen.getAllByRole('columnheader')).toHaveLength(1);
    expect(screen.getByText('Add a park to compare with Changchun Pharmaceutical Valley.')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Compare Hangzhou Biopharma Town instead of “hangzhou-biopharma-twn”' }));
    expect(window.location.search).toBe(two);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a park whose file failed to load could not be loaded, and does not offer it to add', () => {
    const failed = 'hangzhou-biopharma-town';
    const catalog = buildCatalog(
      fixtureParks.filter((p) => p.id !== failed),
      fixtureSources,
      [{ file: `data/parks/${failed}.json`, path: '$', message: 'could not be loaded (HTTP 500)' }],
      indexOfParks(fixtureParks),
      new Set([failed]),
    );
    renderAt(`?compare=changchun-pharma-valley,${failed}`, (c) => <CompareView catalog={c} />, catalog);
    const alert = text(screen.getByRole('alert'));
    expect(alert).toContain('Could not be loaded: Hangzhou Biopharma Town.');
    expect(alert).not.toContain('Not in the catalog');
    const add = screen.getByRole('combobox', { name: 'Add a park' });
    expect(within(add).queryByRole('option', { name: /Hangzhou Biopharma Town/ })).toBeNull();
  });

  it('leaves for the map at the first park', async () => {
    const { user } = renderCompare(`${two}&lang=zh`);
    const back = screen.getByRole('link', { name: '返回地图' });
    expect(back.getAttribute('href')).toBe('?park=changchun-pharma-valley&lang=zh');
    await user.click(back);
    expect(window.location.search).toBe('?park=changchun-pharma-valley&lang=zh');
  });

  it('in Chinese, shows Chinese names first and its own words in Chinese', () => {
    renderCompare(`${two}&lang=zh`);
    expect(screen.getByRole('heading', { level: 2, name: '园区对比' })).toBeTruthy();
    expect(screen.getByRole('table', { name: '长春药谷、杭州医药港小镇 对比' })).toBeTruthy();
    expect(text(screen.getAllByRole('columnheader')[0]!.querySelector('.compare-park-name'))).toBe(
      '长春药谷 Changchun Pharmaceutical Valley',
    );
    expect(text(cells('公布面积')[0])).toContain('18.4平方公里');
    expect(screen.getByRole('combobox', { name: '添加园区' })).toBeTruthy();
  });

  it('leaves a marked slot for maps at the same scale', () => {
    const { container } = renderCompare(two);
    const slot = container.querySelector('[data-compare-maps]');
    expect(slot?.getAttribute('data-compare-maps')).toBe('changchun-pharma-valley,hangzhou-biopharma-town');
    expect(slot?.closest('section')?.getAttribute('aria-label')).toBe('Maps at the same scale');
  });
});
