import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt, text } from './render';

const at = '?project=genescience-park';
const stubClipboard = (writeText: (s: string) => Promise<void>) =>
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('project panel', () => {
  it('shows companies, kind, disagreeing investment and its zone and park as links', async () => {
    const { user } = renderAt(at);
    expect(text(screen.getByRole('heading', { level: 2 }))).toBe('GeneScience international pharma park 金赛药业国际医药产业园');
    expect(text(screen.getByText('Companies').closest('.fact'))).toContain('GeneScience Pharmaceuticals 长春金赛药业有限责任公司');
    expect(text(document.querySelector('.eyebrow'))).toBe('Drug plant · Changchun Pharmaceutical Valley');
    const investment = screen.getByText('Investment').closest('.fact');
    expect(text(investment)).toContain('Sources disagree');
    expect(text(investment)).toContain('¥2.3 bn (2024)');
    expect(text(investment)).toContain('¥3 bn (2021)');
    const location = screen.getByRole('region', { name: 'Location' });
    expect(text(location)).toContain('Approximate: Placed by us from a description');
    await user.click(within(location).getByRole('link', { name: 'Future Medical Port' }));
    expect(window.location.search).toBe('?park=changchun-pharma-valley&zone=future-medical-port');
  });

  it('tells its status as a dated timeline, oldest first, inferred dates marked', () => {
    renderAt(at);
    const steps = within(screen.getByRole('region', { name: 'Status over time' })).getAllByRole('listitem');
    expect(steps.map((li) => text(li).replace(/ Source$/, ''))).toEqual([
      '2020 (inferred: year of the events reported) Signed',
      '25 Mar 2021 Construction started',
    ]);
    expect(steps[1]!.getAttribute('aria-current')).toBe('step');
  });

  it('reads a missing amount as "not reported"', () => {
    renderAt('?project=no-amount');
    expect(text(screen.getByText('Investment').closest('.fact')?.querySelector('dd'))).toBe('not reported');
    expect(text(screen.getByRole('region', { name: 'Location' }))).toContain('Site unknown');
  });

  it('copies an absolute ?project= link and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { user } = renderAt(at);
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?project=genescience-park`);
    expect(text(screen.getByRole('status'))).toBe('Link copied');
  });

  it('falls back to a selectable text field when the clipboard is refused', async () => {
    const { user } = renderAt(at);
    stubClipboard(() => Promise.reject(new Error('denied')));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Copy this link:' }) as HTMLInputElement;
    expect(field.value).toBe(`${window.location.origin}/?project=genescience-park`);
    expect(field.readOnly).toBe(true);
  });

  it('offers a plain-text citation with name, figure, sources and link', async () => {
    const { user } = renderAt(at);
    await user.click(screen.getByRole('button', { name: 'Cite this' }));
    const cite = (screen.getByRole('textbox', { name: 'Citation (plain text)' }) as HTMLTextAreaElement).value;
    expect(cite).toContain('GeneScience international pharma park (金赛药业国际医药产业园).');
    expect(cite).toContain(
      'Investment: ¥2.3 bn (2024; Changchun Pharmaceutical Valley plan); ¥3 bn (2021; Output report) — Sources disagree.',
    );
    expect(cite).toContain('- Changchun Pharmaceutical Valley plan, Changchun New Area, 14 Jul 2022, https://example.org/plan.');
    expect(cite).toContain(`Pharma Parks Atlas: ${window.location.origin}/?project=genescience-park`);
  });
});
