import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt, text } from './render';

describe('citation popover', () => {
  it('opens the document behind a figure: title, publisher, date and a safe link', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley');
    const button = screen.getByRole('button', { name: 'Source for Stated area: 18.4 km² (2022)' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const pop = screen.getByRole('group', { name: 'Source for Stated area: 18.4 km² (2022)' });
    expect(button.getAttribute('aria-controls')).toBe(pop.id);
    expect(text(pop)).toContain('Changchun Pharmaceutical Valley plan');
    expect(text(pop)).toContain('Changchun New Area · 14 Jul 2022');
    const link = within(pop).getByRole('link', { name: 'https://example.org/plan' });
    expect(link.getAttribute('href')).toBe('https://example.org/plan');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says an undated source is undated, with the inferred date and why, and names the local file', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley&zone=future-medical-port');
    await user.click(screen.getByRole('button', { name: /^(Source|\d+ sources) for Stated area/ }));
    const pop = screen.getByRole('group', { name: /^(Source|\d+ sources) for Stated area/ });
    expect(text(pop)).toContain('Park committee · undated (inferred 2022: mentions 2021 output)');
    expect(text(pop)).toContain('Local copy: 000_6b903cc56d105f8f.txt');
    expect(within(pop).queryByRole('link')).toBeNull();
  });

  it('never links an address that is not http(s)', async () => {
    const { user } = renderAt('?park=hangzhou-biopharma-town');
    await user.click(screen.getByRole('button', { name: 'Source for Output: ¥30 bn (2019)' }));
    const pop = screen.getByRole('group', { name: 'Source for Output: ¥30 bn (2019)' });
    expect(text(pop)).toContain('Bad link');
    expect(within(pop).queryByRole('link')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('closes on Escape with focus back on its button, and keeps one open at a time', async () => {
    const { user } = renderAt('?park=hangzhou-biopharma-town');
    const first = screen.getByRole('button', { name: 'Source for Output: ¥50 bn (2020)' });
    const second = screen.getByRole('button', { name: 'Source for Output: ¥30 bn (2019)' });
    await user.click(first);
    await user.click(second);
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getAllByRole('group', { name: /^(Source|\d+ sources) for/ })).toHaveLength(1);
    await user.keyboard('{Escape}');
    expect(second.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(second);
  });
});
