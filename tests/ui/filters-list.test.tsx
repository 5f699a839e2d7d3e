import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt, text } from './render';

const valleyItem = () => screen.getByRole('heading', { name: /Changchun Pharmaceutical Valley/ }).closest('li')!;

describe('list view', () => {
  it('lists parks nested by parent, with headings and links, zones and projects in a disclosure', async () => {
    const { user } = renderAt('');
    const nav = screen.getByRole('navigation', { name: 'Parks' });
    expect(within(nav).getByRole('heading', { level: 2, name: 'Parks' })).toBeTruthy();
    const parent = within(nav).getByRole('heading', { level: 3, name: /Changchun New Area/ }).closest('li')!;
    expect(within(parent).getByRole('heading', { level: 4, name: /Changchun Pharmaceutical Valley/ })).toBeTruthy();
    await user.click(within(valleyItem()).getByText('3 zones, 4 projects'));
    expect(within(within(valleyItem()).getByRole('list', { name: 'Zones' })).getAllByRole('link')).toHaveLength(3);
    await user.click(within(valleyItem()).getByRole('link', { name: 'Green and Smart Chemical Park' }));
    expect(window.location.search).toBe('?park=changchun-pharma-valley&zone=green-smart-chemical-park');
  });
});

describe('filters', () => {
  it('writes a status filter to the URL, hides projects in the list, and clears', async () => {
    const { user } = renderAt('');
    await user.click(screen.getByText('Filters'));
    await user.click(screen.getByRole('checkbox', { name: 'Operating' }));
    expect(window.location.search).toBe('?status=operating');
    await user.click(within(valleyItem()).getByText('3 zones, 1 project'));
    const projects = within(valleyItem()).getByRole('list', { name: 'Projects' });
    expect(within(projects).getAllByRole('link').map((a) => a.textContent)).toEqual(['Alvotech-CCHN joint venture plant']);
    const active = screen.getByRole('list', { name: 'Active filters' });
    expect(within(active).getByRole('button', { name: 'Remove filter: Operating' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(window.location.search).toBe('');
  });

  it('filters by industry and says when nothing matches', async () => {
    const { user } = renderAt('?industry=digital-health');
    expect(text(screen.getByRole('navigation', { name: 'Parks' }))).toContain('No parks match the filters.');
    await user.click(screen.getByRole('button', { name: 'Remove filter: Digital health' }));
    expect(window.location.search).toBe('');
  });

  it('narrows a park panel project table and says how many are shown', () => {
    renderAt('?park=changchun-pharma-valley&status=construction-started');
    const projects = screen.getByRole('region', { name: 'Projects' });
    expect(text(projects)).toContain('Showing 1 of 4: filters are on.');
    expect(within(projects).getAllByRole('rowheader')).toHaveLength(1);
  });
});
