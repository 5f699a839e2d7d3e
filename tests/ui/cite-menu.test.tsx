import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from './render';

const clipboard = () => {
  const writeText = vi.fn((_: string) => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
};
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('Cite as RIS, BibTeX or CSL-JSON', () => {
  it("copies a figure's sources and the cited view as BibTeX, loaded on demand", async () => {
    const { user } = renderAt('?park=changchun-pharma-valley');
    const writeText = clipboard();
    await user.click(screen.getByRole('button', { name: 'Source for Stated area: 18.4 km² (2022)' }));
    const pop = screen.getByRole('group', { name: 'Source for Stated area: 18.4 km² (2022)' });
    await user.click(within(pop).getByRole('button', { name: 'Cite as RIS, BibTeX or CSL-JSON' }));
    const menu = await within(pop).findByRole('group', { name: 'Cite as RIS, BibTeX or CSL-JSON' });
    await user.click(within(menu).getByRole('button', { name: 'Copy BibTeX' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const bib = writeText.mock.calls[0]![0];
    expect(bib).toMatch(/^@misc\{pharma-parks-atlas-changchun-pharma-valley,/);
    expect(bib).toContain('title = {{Pharma Parks Atlas: Changchun Pharmaceutical Valley — Stated area: 18.4 km² (2022)}}');
    expect(bib).toContain(`url = {${window.location.origin}/?park=changchun-pharma-valley}`);
    expect(bib).toContain('title = {{Changchun Pharmaceutical Valley plan}}');
    expect(bib).toContain('url = {https://example.org/plan}');
    expect(within(menu).getByRole('status').textContent).toBe('BibTeX copied');
  });

  it("on a project offers RIS of the project's sources, shown by hand when the clipboard is missing", async () => {
    const { user } = renderAt('?project=genescience-park');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Cite as RIS, BibTeX or CSL-JSON' }));
    const menu = await screen.findByRole('group', { name: 'Cite as RIS, BibTeX or CSL-JSON' });
    await user.selectOptions(within(menu).getByRole('combobox', { name: 'Format' }), 'ris');
    await user.click(within(menu).getByRole('button', { name: 'Copy RIS' }));
    const ris = ((await within(menu).findByRole('textbox', { name: 'RIS' })) as HTMLTextAreaElement).value;
    // A textarea's value normalises line ends to LF (HTML): still one kind throughout.
    expect(ris.split('\n')[0]).toBe('TY  - DATA');
    expect(ris).toContain('ID  - pharma-parks-atlas-genescience-park');
    expect(ris.match(/^TY {2}- ELEC$/gm)?.length).toBeGreaterThan(0);
    expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
  });
});
