import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt, text } from './render';

const at = '?park=changchun-pharma-valley';

describe('park panel', () => {
  it('names the park in English and Chinese and shows where it sits', async () => {
    const { user } = renderAt(at);
    const heading = screen.getByRole('heading', { level: 2, name: /Changchun Pharmaceutical Valley/ });
    expect(text(heading)).toContain('长春药谷');
    await user.click(screen.getByRole('link', { name: 'Changchun New Area' }));
    expect(window.location.search).toBe('?park=changchun-new-area');
    expect(screen.getByRole('heading', { level: 2, name: /Changchun New Area/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Changchun Pharmaceutical Valley' })).toBeTruthy();
  });

  it('reads figures naturally, each with its year and a source button', () => {
    renderAt(at);
    const figures = screen.getByRole('region', { name: 'Key figures' });
    expect(text(figures)).toContain('18.4 km² (2022)');
    expect(text(figures)).toContain('more than 1,500 companies (2020)');
    expect(text(figures)).toContain('biopharma firms');
    expect(within(figures).getByRole('button', { name: 'Source for Companies: more than 1,500 companies (2020)' })).toBeTruthy();
  });

  it('lists focus industries, zones with their areas and the landmark facts', () => {
    renderAt(at);
    const industries = screen.getByRole('list', { name: 'Focus industries' });
    expect(
      within(industries)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Biopharma', 'Vaccines', 'Specialty chemicals']);
    const zones = screen.getByRole('region', { name: 'Zones' });
    expect(
      within(zones)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Future Medical Port', 'Entrepreneurship and Innovation Town', 'Green and Smart Chemical Park']);
    expect(text(zones)).toContain('5.4 km² (2022, inferred)');
    expect(text(screen.getByRole('region', { name: 'Location and access' }))).toContain(
      'Distance to Longjia International Airport: 20 km (2022)',
    );
    expect(text(screen.getByRole('region', { name: 'Companies and institutions' }))).toContain('Institute of Applied Chemistry');
  });

  it('totals its projects, says how many have no amount, and never shows a missing amount as 0', () => {
    renderAt(at);
    const projects = screen.getByRole('region', { name: 'Projects' });
    expect(text(projects)).toContain('4 projects · tracked investment ¥2.86 bn–¥3.56 bn + US$200 M · 1 with no amount reported');
    const row = screen.getByRole('row', { name: /Incubator building/ });
    expect(text(row)).toContain('not reported');
    expect(text(row)).not.toMatch(/¥0/);
  });

  it('sorts projects by investment and by status', async () => {
    const { user } = renderAt(at);
    const table = screen.getByRole('table');
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => within(th).getByRole('link').textContent);
    await user.click(within(table).getByRole('button', { name: 'Investment' }));
    expect(names()[0]).toMatch(/GeneScience/);
    expect(names().at(-1)).toBe('Incubator building');
    expect(
      within(table)
        .getByRole('columnheader', { name: /Investment/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    await user.click(within(table).getByRole('button', { name: 'Status' }));
    expect(names()[0]).toBe('Alvotech-CCHN joint venture plant');
  });

  it('keeps aggregates as a total, not split into projects', () => {
    renderAt(at);
    const aggregates = screen.getByRole('region', { name: 'Reported only in total' });
    expect(text(aggregates)).toContain('Projects restarted · 18 (2022)');
    expect(text(aggregates)).toContain('Construction restarted');
  });
});
