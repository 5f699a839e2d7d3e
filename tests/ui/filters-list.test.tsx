import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../../scripts/generate-synthetic';
import { buildCatalog } from '../../src/catalog/catalog';
import { LIST_PAGE } from '../../src/store/ui-store';
import { renderAt, text } from './render';

const valleyItem = () => screen.getByRole('heading', { name: /Changchun Pharmaceutical Valley/ }).closest('li')!;

describe('list view', () => {
  it('lists parks nested by parent, with headings and links, zones and projects in a disclosure', async () => {
    const { user } = renderAt('');
    const nav = screen.getByRole('navigation', { name: 'Parks' });
    expect(within(nav).getByRole('heading', { level: 2, name: 'Parks' })).toBeTruthy();
    const parent = within(nav)
      .getByRole('heading', { level: 3, name: /Changchun New Area/ })
      .closest('li')!;
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
    expect(
      within(projects)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Alvotech-CCHN joint venture plant']);
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

describe('list view of a long catalog', () => {
  const parks = syntheticCatalog({ parks: LIST_PAGE * 2 + 30, projectsPerPark: 1 });
  const long = () => buildCatalog(parks.parks, parks.sources.sources);
  const parkLinks = () => within(screen.getByRole('navigation', { name: 'Parks' })).getAllByRole('heading', { level: 3 });

  it('shows a page of parks, then more on request, with focus on the first one added', async () => {
    const { user } = renderAt('', undefined, long());
    expect(parkLinks()).toHaveLength(LIST_PAGE);
    expect(text(screen.getByRole('navigation', { name: 'Parks' }))).toContain(`Showing ${LIST_PAGE} of ${LIST_PAGE * 2 + 30} parks`);
    await user.click(screen.getByRole('button', { name: `Show ${LIST_PAGE} more parks` }));
    expect(parkLinks()).toHaveLength(LIST_PAGE * 2);
    expect(document.activeElement?.textContent).toBe(text(parkLinks()[LIST_PAGE]!.querySelector('a')));
    await user.click(screen.getByRole('button', { name: 'Show 30 more parks' }));
    expect(parkLinks()).toHaveLength(LIST_PAGE * 2 + 30);
    expect(screen.queryByRole('button', { name: /more parks/ })).toBeNull();
  });

  it('keeps the pages shown while the reader visits a park and comes back', async () => {
    const { user } = renderAt('', undefined, long());
    await user.click(screen.getByRole('button', { name: `Show ${LIST_PAGE} more parks` }));
    const target = parkLinks()[LIST_PAGE + 5]!.querySelector('a')!;
    await user.click(target);
    expect(screen.queryByRole('navigation', { name: 'Parks' })).toBeNull();
    await user.click(screen.getAllByRole('link', { name: /All parks/ })[0]!);
    await screen.findByRole('navigation', { name: 'Parks' });
    expect(parkLinks()).toHaveLength(LIST_PAGE * 2);
  });
});
