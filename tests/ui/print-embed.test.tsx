import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel } from '../../src/app/side-panel';
import { CompareView } from '../../src/features/compare/compare-view';
import { EmbedButton } from '../../src/features/embed/embed-button';
import { EmbedView } from '../../src/features/embed/embed-view';
import { PrintButton } from '../../src/features/print/print-button';
import { clearProfile } from '../../src/features/print/print-root';
import { ShareExtras } from '../../src/ui/share-extras';
import { renderAt, text } from './render';

const EXTRAS = [PrintButton, EmbedButton];
const at = (search: string) =>
  renderAt(search, (c) => (
    <ShareExtras value={EXTRAS}>
      <SidePanel catalog={c} />
    </ShareExtras>
  ));
const origin = () => window.location.origin;
// The profile's code loads on demand (a dynamic import, transformed on first use): slow on a busy machine.
const LOADED = { timeout: 10_000 };
afterEach(() => {
  clearProfile();
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.restoreAllMocks();
});

describe('Print / PDF (issue 16)', () => {
  it('on a park lays out the profile for paper and opens the print dialog', { timeout: 20_000 }, async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = at('?park=changchun-pharma-valley&industry=vaccines');
    await user.click(screen.getByRole('button', { name: 'Print / PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), LOADED);
    const root = document.getElementById('print-root')!;
    expect(text(within(root).getByRole('heading', { level: 1 }))).toBe('Changchun Pharmaceutical Valley 长春药谷');
    expect(text(root)).toContain(`Live view: ${origin()}/?park=changchun-pharma-valley&industry=vaccines`);
    expect(text(root)).toContain('18.4 km² (2022) [1]');
    expect(text(root)).toContain('printed as “规划面积18.4平方公里”, sub-headline [1]');
    expect(within(root).getAllByRole('listitem').map(text)).toContain(
      'Changchun Pharmaceutical Valley plan. Changchun New Area, 14 Jul 2022. https://example.org/plan',
    );
    // jsdom draws no map: no picture rather than a blank one.
    expect(within(root).queryByRole('img')).toBeNull();
    expect(text(root)).toContain('No map picture: the map was not drawn in this browser.');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.getElementById('print-root')).toBeNull();
  });

  it('on the compare view prints every compared park, with one numbered list of sources', { timeout: 20_000 }, async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderAt('?compare=changchun-pharma-valley,hangzhou-biopharma-town', (c) => (
      <ShareExtras value={EXTRAS}>
        <CompareView catalog={c} />
      </ShareExtras>
    ));
    await user.click(screen.getByRole('button', { name: 'Print / PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), LOADED);
    const root = document.getElementById('print-root')!;
    expect(within(root).getAllByRole('heading', { level: 1 }).map(text)).toEqual([
      'Park profiles: Changchun Pharmaceutical Valley, Hangzhou Biopharma Town',
      'Changchun Pharmaceutical Valley 长春药谷',
      'Hangzhou Biopharma Town 杭州医药港小镇',
    ]);
    expect(text(root)).toContain(`Live view: ${origin()}/?compare=changchun-pharma-valley,hangzhou-biopharma-town`);
    const numbers = [...root.querySelectorAll('.pp-sources li')].map((li) => (li as HTMLLIElement).value);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('is not offered on a zone or a project, which have no profile of their own', () => {
    at('?park=changchun-pharma-valley&zone=future-medical-port');
    expect(screen.queryByRole('button', { name: 'Print / PDF' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Embed' })).toBeTruthy();
  });
});

describe('Embed (issue 16)', () => {
  it('gives the iframe code for the view, named by the page title, as text in a read-only field with a copy button', async () => {
    const { user } = at('?project=genescience-park&lang=zh');
    // After user-event's setup, which installs a clipboard of its own.
    const writeText = vi.fn((_: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: '嵌入' }));
    const field = (await screen.findByRole('textbox', { name: /嵌入代码/ })) as HTMLTextAreaElement;
    const code = `<iframe src="${origin()}/?project=genescience-park&amp;lang=zh&amp;embed=1" title="金赛药业国际医药产业园 · 医药园区地图集" width="640" height="480" loading="lazy"></iframe>`;
    expect(field.value).toBe(code);
    expect(field.readOnly).toBe(true);
    expect(document.querySelector('iframe')).toBeNull();
    await user.click(screen.getByRole('button', { name: '复制代码' }));
    expect(writeText).toHaveBeenCalledWith(code);
    expect(screen.getAllByRole('status').map(text)).toContain('代码已复制');
  });
});

describe('embed=1 (issue 16)', () => {
  it('shows the map and the selected project’s card, no header, search or panel, and opens the same view in the atlas', () => {
    renderAt('?project=genescience-park&embed=1', () => <EmbedView notices={null} />);
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe('GeneScience international pharma park');
    expect(text(screen.getByRole('region', { name: 'GeneScience international pharma park' }))).toContain(
      'Investment: Sources disagree: ¥2.3 bn (2024); ¥3 bn (2021)',
    );
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
    const open = screen.getByRole('link', { name: 'Open in the atlas (opens in a new tab)' }) as HTMLAnchorElement;
    expect(open.href).toBe(`${origin()}/?project=genescience-park`);
    expect(open.target).toBe('_blank');
    expect(open.rel).toBe('noopener');
  });

  it('says so when the link names nothing known', () => {
    renderAt('?project=no-such-project&embed=1', () => <EmbedView notices={null} />);
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe('There is no project with the id “no-such-project”.');
  });
});
