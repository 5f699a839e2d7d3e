import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../src/app/notices';
import { SidePanel } from '../../src/app/side-panel';
import { loadRedirects, type LoadedRedirects } from '../../src/catalog/load-redirects';
import type { Redirect } from '../../src/catalog/schema';
import { startCatalog, useCatalogStore } from '../../src/store/catalog-store';
import { useUiStore } from '../../src/store/ui-store';
import { startUrlSync, useUrlStore } from '../../src/url/url-store';
import { fixtureCatalog } from './fixture-catalog';
import { goTo, text } from './render';

/** Notices and the side panel, fed by the stores the way main.tsx feeds the app. */
function Shell() {
  const catalog = useCatalogStore((s) => s.catalog);
  return (
    <>
      <Notices />
      {catalog && <SidePanel catalog={catalog} />}
    </>
  );
}

const redirect = (kind: Redirect['kind'], from: string, to: string, parkId?: string): Redirect => ({
  kind,
  from,
  to,
  parkId,
  since: '2026-12',
});
const FIXTURE_REDIRECTS = [
  redirect('park', 'changchun-medicine-valley', 'changchun-pharma-valley'),
  redirect('zone', 'medical-port', 'future-medical-port', 'changchun-pharma-valley'),
  redirect('project', 'genescience-pharma-park', 'genescience-park'),
];
const redirects =
  (list: Redirect[] = FIXTURE_REDIRECTS) =>
  async (): Promise<LoadedRedirects> => ({ redirects: list, problems: [] });

/** Opens a link the way a fresh page does: address first, then the catalog and redirects load. */
async function open(search: string, links = redirects()) {
  goTo(search);
  useUrlStore.setState({ notes: [] });
  useCatalogStore.setState({ status: 'loading', catalog: null, redirects: [] });
  useUiStore.setState({ hover: null, sheetExpanded: true, openCitation: null });
  const user = userEvent.setup();
  render(<Shell />);
  await act(() => startCatalog(async () => fixtureCatalog(), links));
  return user;
}

const heading = () => text(document.getElementById('panel-heading'));

describe('redirected ids', () => {
  it('rewrites an old park and zone id in place (no new history entry) and says so', async () => {
    const before = window.history.length;
    await open('?park=changchun-medicine-valley&zone=medical-port&lang=zh');
    expect(window.location.search).toBe('?park=changchun-pharma-valley&zone=future-medical-port&lang=zh');
    expect(window.history.length).toBe(before);
    expect(heading()).toContain('Future Medical Port');
    const note = screen.getByRole('status', { name: '此链接已更新' });
    expect(text(note)).toContain('此链接使用了旧 id“changchun-medicine-valley”；现已打开“长春药谷”。');
    expect(text(note)).toContain('旧 id“medical-port”；现已打开“Future Medical Port”');
  });

  it('rewrites an old project id, and the note goes once the reader moves on', async () => {
    const user = await open('?project=genescience-pharma-park');
    expect(window.location.search).toBe('?project=genescience-park');
    expect(text(screen.getByRole('status', { name: 'This link was updated' }))).toBe(
      'This link used an old id “genescience-pharma-park”; it now opens “GeneScience international pharma park”.',
    );
    await user.click(within(screen.getByRole('region', { name: 'Location' })).getByRole('link', { name: 'Future Medical Port' }));
    expect(screen.queryByRole('status', { name: 'This link was updated' })).toBeNull();
  });

  it('leaves unknown ids for the panel to name', async () => {
    await open('?park=changchun-medicine-vally');
    expect(window.location.search).toBe('?park=changchun-medicine-vally');
    expect(text(screen.getByRole('alert'))).toContain('There is no park with the id “changchun-medicine-vally”.');
  });

  it('shows a broken redirects file as a dataset problem and still opens the link', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{ "redirects": [ {"kind": "park"} ] ')),
    );
    try {
      await open('?park=changchun-pharma-valley', () => loadRedirects());
    } finally {
      vi.unstubAllGlobals();
    }
    expect(text(screen.getByRole('alert'))).toContain('data/redirects.json $: not valid JSON');
    expect(heading()).toContain('Changchun Pharmaceutical Valley');
  });
});

describe('bad links', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, '__pwned');
  });

  it('drops markup in a parameter with a message, renders nothing of it and applies the rest', async () => {
    await open(
      `?park=${encodeURIComponent('<script>window.__pwned=1</script>')}&zone=${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}&lang=zh`,
    );
    const notice = screen.getByRole('status');
    expect(text(notice)).toContain('"park"');
    expect(text(notice)).toContain('"zone"');
    expect(document.querySelector('script, img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getByRole('navigation', { name: '园区' })).toBeTruthy(); // lang=zh still applied
  });

  it('drops an over-long or malformed value with a message and opens the rest of the link', async () => {
    await open(`?project=${'a'.repeat(5000)}&park=hangzhou-biopharma-town&map=99/0/0&compare=only-one`);
    const notice = text(screen.getByRole('status', { name: 'Part of this link could not be used' }));
    expect(notice).toContain('"project" is longer than 500 characters');
    expect(notice).toContain('"map" must be zoom/lat/lon within range');
    expect(notice).toContain('"compare" needs 2 to 4 ids');
    expect(heading()).toContain('Hangzhou Biopharma Town');
  });

  it('reports a zone that is not in the given park and offers where it is, without guessing', async () => {
    const user = await open('?park=hangzhou-biopharma-town&zone=future-medical-port');
    const alert = screen.getByRole('alert');
    expect(text(alert)).toContain('There is no zone “future-medical-port” in Hangzhou Biopharma Town.');
    expect(window.location.search).toBe('?park=hangzhou-biopharma-town&zone=future-medical-port');
    await user.click(within(alert).getByRole('link', { name: 'Future Medical Port in Changchun Pharmaceutical Valley' }));
    expect(window.location.search).toBe('?park=changchun-pharma-valley&zone=future-medical-port');
    expect(heading()).toContain('Future Medical Port');
  });

  it('reports a zone without its park', async () => {
    await open('?zone=future-medical-port');
    const alert = screen.getByRole('alert');
    expect(text(alert)).toContain('The link names the zone “future-medical-port” but no park');
    expect(within(alert).getByRole('link', { name: 'Future Medical Port in Changchun Pharmaceutical Valley' })).toBeTruthy();
  });
});

describe('history', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    stop = startUrlSync();
  });
  afterEach(() => stop());

  const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  const traverse = (go: () => void) =>
    act(async () => {
      const p = popped();
      go();
      await p;
    });

  it('pushes an entry per selection; Back and Forward restore the selection and its panel', async () => {
    const user = await open('');
    const start = window.history.length;
    await user.click(screen.getByRole('link', { name: /Changchun Pharmaceutical Valley/ }));
    await user.click(within(screen.getByRole('region', { name: 'Zones' })).getByRole('link', { name: 'Future Medical Port' }));
    await user.click(within(screen.getByRole('region', { name: 'Projects' })).getByRole('link', { name: /^Alvotech/ }));
    expect(window.history.length).toBe(start + 3);
    expect(heading()).toBe('Alvotech-CCHN joint venture plant');
    await traverse(() => window.history.back());
    expect([window.location.search, heading()]).toEqual(['?park=changchun-pharma-valley&zone=future-medical-port', 'Future Medical Port']);
    expect(useUrlStore.getState().cause).toBe('pop'); // the map restores an entry's camera on 'pop'
    await traverse(() => window.history.back());
    expect([window.location.search, heading()]).toEqual(['?park=changchun-pharma-valley', 'Changchun Pharmaceutical Valley 长春药谷']);
    await traverse(() => window.history.forward());
    expect(heading()).toBe('Future Medical Port');
    await traverse(() => window.history.forward());
    expect([window.location.search, heading()]).toEqual(['?project=alvotech-jv', 'Alvotech-CCHN joint venture plant']);
  });
});
