import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectsTableView } from '../../src/features/projects-table/projects-table-view';
import { Timeline } from '../../src/features/timeline/timeline';
import { ParkPanel } from '../../src/features/park-panel/park-panel';
import { useUrlStore } from '../../src/url/url-store';
import { renderAt, text } from './render';

// jsdom lays nothing out: give the table's scroll box a height so the virtualiser renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('pt-scroll') ? 600 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('projects table', () => {
  it('is a real table: column headers that sort, with aria-sort, and the sort in the link', async () => {
    const { user } = renderAt('?view=projects', (c) => <ProjectsTableView catalog={c} />);
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => text(h).replace(/[↕↑↓]/g, '').trim())).toEqual([
      'Project',
      'Park',
      'Zone',
      'Kind',
      'Companies',
      'Investment',
      'Status',
      'Status date',
      'Location',
      'Sources',
    ]);
    expect(headers.every((h) => h.getAttribute('aria-sort') === 'none')).toBe(true);
    await user.click(within(headers[5]!).getByRole('button'));
    expect(window.location.search).toBe('?view=projects&sort=investment:desc');
    expect(screen.getByRole('columnheader', { name: /Investment/ }).getAttribute('aria-sort')).toBe('descending');
    // ¥3 bn (GeneScience's higher value) > US$200 M (at 7) > ¥560 M; no amount last; the aggregate kept whole.
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => text(th));
    expect(names[0]).toMatch(/GeneScience/);
    expect(names[1]).toMatch(/Alvotech/);
    expect(names.some((n) => /Projects restarted.*reported only in total/.test(n))).toBe(true);
    await user.click(screen.getByRole('button', { name: /^Investment/ }));
    expect(window.location.search).toBe('?view=projects&sort=investment');
    expect(screen.getByRole('columnheader', { name: /Investment/ }).getAttribute('aria-sort')).toBe('ascending');
  }, 20_000);

  it('follows the date, filters by text (in the link) and chooses columns', async () => {
    const { user } = renderAt('?view=projects&asof=2020', (c) => <ProjectsTableView catalog={c} />);
    // Only GeneScience's step (signed, 2020, inferred) stood by the end of 2020.
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('rowheader')
        .map((th) => text(th)),
    ).toEqual([expect.stringMatching(/GeneScience/)]);
    expect(text(screen.getByRole('table').querySelector('caption'))).toMatch(/as of the end of 2020/);
    act(() => useUrlStore.setState({ state: {} }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter the table' }), 'alvo');
    await waitFor(() => expect(window.location.search).toBe('?q=alvo'));
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('rowheader')
        .map((th) => text(th)),
    ).toEqual(['Alvotech-CCHN joint venture plant']);
    await user.click(screen.getByText('Columns', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Companies' }));
    expect(new URLSearchParams(window.location.search).get('cols')).toBe('name,park,zone,kind,investment,status,date,location,sources');
    expect(screen.queryByRole('columnheader', { name: /Companies/ })).toBeNull();
  }, 20_000);
});

describe('timeline', () => {
  it('is a slider over the years with events; moving it replaces the link, Now clears it', async () => {
    const { user, catalog } = renderAt('?park=changchun-pharma-valley', (c) => <Timeline catalog={c} />);
    void catalog;
    const slider = screen.getByRole('slider', { name: 'Read the atlas as of' });
    expect(slider.getAttribute('min')).toBe('2018');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/now/);
    const length = window.history.length;
    // jsdom does not move a range input by keys (the browser test does): set it as a key press would.
    fireEvent.change(slider, { target: { value: '2018' } });
    expect(window.location.search).toBe('?park=changchun-pharma-valley&asof=2018');
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('as of the end of 2018');
    expect(window.history.length).toBe(length);
    await user.click(screen.getByRole('button', { name: 'Now' }));
    expect(window.location.search).toBe('?park=changchun-pharma-valley');
  });
});

describe('figures over time', () => {
  it('draws a measure with several dates as an SVG with a table of the values, dates and sources', async () => {
    renderAt('?park=hangzhou-biopharma-town', (c) => <ParkPanel catalog={c} park={c.parkById.get('hangzhou-biopharma-town')!} />);
    const chart = await screen.findByRole('img', { name: 'Output: 2 values over time' });
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    // One scope: the two values are joined.
    expect(chart.querySelectorAll('line.series-line')).toHaveLength(1);
    const rows = screen.getAllByRole('row').filter((r) => r.closest('.figure-chart-table'));
    expect(rows.slice(1).map((r) => [...r.children].map((c) => text(c)))).toEqual([
      ['2019', '¥30 bn', 'biopharma output', 'Bad link'],
      ['2020', '¥50 bn', 'biopharma output', 'Output report'],
    ]);
  });
});
