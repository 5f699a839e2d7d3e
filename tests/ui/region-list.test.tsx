import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ListView } from '../../src/features/list-view/list-view';
import { CityList } from '../../src/map/city-list';
import { coverageCatalog } from '../fixtures/coverage-catalog';
import { renderAt, text } from './render';

const headings = (level: number) =>
  within(screen.getByRole('navigation', { name: /Parks|园区/ }))
    .queryAllByRole('heading', { level })
    .map(text);

describe('the park list at many parks: grouped by province, then city, with counts', () => {
  it('heads provinces and cities with their number of parks; a municipality has no city level', () => {
    renderAt('', (c) => <ListView catalog={c} />, coverageCatalog());
    expect(headings(3)).toEqual(['Beijing (2 parks)', 'Guangdong Province (1 park)', 'Jiangsu Province (4 parks)', 'Shanghai (1 park)']);
    expect(headings(4)).toEqual(
      expect.arrayContaining([
        'Guangzhou (1 park)',
        'Nanjing (1 park)',
        'Suzhou (2 parks)',
        'Taizhou (1 park)',
        expect.stringMatching(/^Zhongguancun Life Science Park/),
        expect.stringMatching(/^Daxing/),
      ]),
    );
    // Suzhou Industrial Park under its city, BioBAY nested in it.
    expect(headings(5)).toEqual(expect.arrayContaining([expect.stringMatching(/^Suzhou Industrial Park/)]));
    expect(headings(6)).toEqual(expect.arrayContaining([expect.stringMatching(/^BioBAY/)]));
  });

  it('reads the headings in Chinese where the data gives the Chinese name, else in English', () => {
    renderAt('?lang=zh', (c) => <ListView catalog={c} />, coverageCatalog());
    expect(headings(3)).toEqual(expect.arrayContaining(['江苏省 (4 个园区)', '北京市 (2 个园区)']));
    expect(headings(4)).toEqual(expect.arrayContaining(['苏州市 (2 个园区)', 'Nanjing (1 个园区)']));
  });

  it('lists every city on the map as a button that fits the map to its parks', async () => {
    const onFit = vi.fn();
    const { user } = renderAt('', (c) => <CityList catalog={c} lang="en" onFit={onFit} />, coverageCatalog());
    await user.click(screen.getByText('Cities (6)'));
    const list = screen.getByRole('list', { name: 'Show a city’s parks on the map' });
    expect(within(list).getAllByRole('button').map(text)).toEqual([
      'Beijing 2 parks',
      'Guangzhou 1 park',
      'Nanjing 1 park',
      'Suzhou 2 parks',
      'Taizhou 1 park',
      'Shanghai 1 park',
    ]);
    await user.click(within(list).getByRole('button', { name: 'Beijing 2 parks' }));
    // The list closes (it would hide the map it moved) and focus is back on its toggle.
    expect(screen.getByText('Cities (6)').closest('details')!.open).toBe(false);
    expect(document.activeElement).toBe(screen.getByText('Cities (6)'));
    const [[w, s, e, n]] = onFit.mock.calls[0]! as [[number, number, number, number]];
    expect(w).toBeLessThan(116.29);
    expect(e).toBeGreaterThan(116.33);
    expect(s).toBeLessThan(39.67);
    expect(n).toBeGreaterThan(40.09);
  });
});
