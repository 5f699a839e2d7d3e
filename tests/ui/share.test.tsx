import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../src/features/compare/compare-view';
import { renderAt, text } from './render';

const origin = () => window.location.origin;
const stubClipboard = (writeText: (s: string) => Promise<void>) =>
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
const clipboard = () => {
  const writeText = vi.fn((_: string) => Promise.resolve());
  stubClipboard(writeText);
  return writeText;
};
// user-event installs a clipboard of its own: a test without one removes it explicitly.
const noClipboard = () => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

const camera = 'map=11.5/44.01/125.42';

describe('Copy link', () => {
  it('on a park copies the view as seen: filters, language and the camera the address holds, canonically ordered', async () => {
    const { user } = renderAt(`?${camera}&industry=vaccines&park=changchun-pharma-valley`);
    const writeText = clipboard();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${origin()}/?park=changchun-pharma-valley&industry=vaccines&${camera}`);
    expect(text(within(screen.getByRole('region', { name: 'Share' })).getByRole('status'))).toBe('Link copied');
  });

  it('leaves the camera out when the address has none, and keeps Chinese', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley&zone=future-medical-port&lang=zh');
    const writeText = clipboard();
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith(`${origin()}/?park=changchun-pharma-valley&zone=future-medical-port&lang=zh`);
    expect(text(screen.getByRole('status'))).toBe('链接已复制');
  });

  it('falls back to a selected, read-only field on a zone when the clipboard is missing', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley&zone=green-smart-chemical-park');
    noClipboard();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Copy this link:' }) as HTMLInputElement;
    expect(field.value).toBe(`${origin()}/?park=changchun-pharma-valley&zone=green-smart-chemical-park`);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(text(screen.getByRole('status'))).toBe('');
  });

  it('on the compare view copies the comparison', async () => {
    const { user } = renderAt('?compare=changchun-pharma-valley,hangzhou-biopharma-town&lang=zh', (c) => <CompareView catalog={c} />);
    const writeText = clipboard();
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith(`${origin()}/?compare=changchun-pharma-valley,hangzhou-biopharma-town&lang=zh`);
  });
});

describe('Cite this', () => {
  it('on a project copies and shows the citation, whose link is only the project (no camera, no filters)', async () => {
    const { user } = renderAt(`?project=genescience-park&status=signed&${camera}`);
    const writeText = clipboard();
    await user.click(screen.getByRole('button', { name: 'Cite this' }));
    const shown = (screen.getByRole('textbox', { name: 'Citation (plain text)' }) as HTMLTextAreaElement).value;
    expect(writeText).toHaveBeenCalledWith(shown);
    expect(shown.split('\n').at(-1)).toBe(`Pharma Parks Atlas: ${origin()}/?project=genescience-park`);
    expect(text(screen.getByRole('status'))).toBe('Citation copied');
  });

  it('on a figure copies name, value with its as-of year, source title, publisher, date and link', async () => {
    const { user } = renderAt(`?park=changchun-pharma-valley&${camera}`);
    const writeText = clipboard();
    await user.click(screen.getByRole('button', { name: 'Source for Stated area: 18.4 km² (2022)' }));
    const pop = screen.getByRole('group', { name: 'Source for Stated area: 18.4 km² (2022)' });
    await user.click(within(pop).getByRole('button', { name: 'Cite Stated area: 18.4 km² (2022)' }));
    expect(writeText).toHaveBeenCalledWith(
      [
        'Changchun Pharmaceutical Valley — Stated area: 18.4 km² (2022).',
        'Source: Changchun Pharmaceutical Valley plan, Changchun New Area, 14 Jul 2022, https://example.org/plan; printed as “规划面积18.4平方公里”, sub-headline.',
        `Pharma Parks Atlas: ${origin()}/?park=changchun-pharma-valley`,
      ].join('\n'),
    );
    expect(text(within(pop).getByRole('status'))).toBe('Citation copied');
  });

  it('on a zone figure with an undated source names the zone and park and shows the text when it cannot copy', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley&zone=future-medical-port');
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: /^(Source|\d+ sources) for Stated area/ }));
    const pop = screen.getByRole('group', { name: /^(Source|\d+ sources) for Stated area/ });
    await user.click(within(pop).getByRole('button', { name: /^Cite Stated area/ }));
    const cite = (within(pop).getByRole('textbox', { name: 'Citation (plain text)' }) as HTMLTextAreaElement).value;
    expect(cite).toBe(
      [
        'Future Medical Port, Changchun Pharmaceutical Valley — Stated area: 5.4 km² (2022, inferred).',
        'Source: Park brochure, Park committee, undated (inferred 2022: mentions 2021 output), Local copy: 000_6b903cc56d105f8f.txt.',
        `Pharma Parks Atlas: ${origin()}/?park=changchun-pharma-valley&zone=future-medical-port`,
      ].join('\n'),
    );
  });

  it('forgets "Link copied" when another thing is selected', async () => {
    const { user } = renderAt('?project=genescience-park');
    clipboard();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(text(screen.getByRole('status'))).toBe('Link copied');
    await user.click(within(screen.getByRole('region', { name: 'Location' })).getByRole('link', { name: 'Future Medical Port' }));
    expect(text(screen.getByRole('status'))).toBe('');
  });
});
