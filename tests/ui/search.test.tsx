import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/features/search/search-box';
import { renderAt, text } from './render';

const setup = () => renderAt('', (catalog) => <SearchBox catalog={catalog} />);

describe('search', () => {
  it('is in place before the catalog is, so the header does not move, and says it is loading', async () => {
    const { user } = renderAt('', () => <SearchBox catalog={null} />);
    const box = screen.getByRole('combobox', { name: 'Search parks, zones, projects and companies' });
    await user.type(box, 'Alvotech');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getAllByRole('status').map(text)).toContain('Loading the catalog…');
  });

  it('is a labelled combobox, collapsed until there is something to show', () => {
    setup();
    const box = screen.getByRole('combobox', { name: 'Search parks, zones, projects and companies' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
  });

  it('finds a project by company: type, ArrowDown, Enter selects it in the URL', async () => {
    const { user } = setup();
    const box = screen.getByRole('combobox');
    await user.type(box, 'Alvotech');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    expect(box.getAttribute('aria-controls')).toBe(listbox.id);
    const [first] = screen.getAllByRole('option');
    expect(text(first)).toContain('Alvotech-CCHN joint venture plant');
    expect(text(first)).toContain('Project · Changchun Pharmaceutical Valley');
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(first!.id);
    expect(first!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?project=alvotech-jv');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves through results with ArrowDown and ArrowUp, wrapping around', async () => {
    const { user } = setup();
    const box = screen.getByRole('combobox');
    await user.type(box, 'changchun');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowUp}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options.at(-1)!.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
  });

  it('finds Chinese names and zones, and Escape closes the list', async () => {
    const { user } = setup();
    const box = screen.getByRole('combobox');
    await user.type(box, '药谷');
    expect(text(screen.getAllByRole('option')[0])).toContain('Changchun Pharmaceutical Valley');
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.clear(box);
    await user.type(box, 'future medical{ArrowDown}{Enter}');
    expect(window.location.search).toBe('?park=changchun-pharma-valley&zone=future-medical-port');
  });

  it('says when nothing matches', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('combobox'), 'qqqxqq');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(text(screen.getByRole('status'))).toBe('No matches');
  });
});
