import { fireEvent, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataLink } from '../../src/app/data-area';
import { SidePanel } from '../../src/app/side-panel';
import { ViewSwitch } from '../../src/app/view-switch';
import { WhatsNewLink } from '../../src/app/whats-new';
import { formatUrl } from '../../src/url/codec';
import type { UrlState } from '../../src/url/registry';
import { toCompare, toDataPage, toSelection, toView, type Transition } from '../../src/url/transitions';
import { UrlLink } from '../../src/ui/url-link';
import { goTo, renderAt } from './render';

/** Clicks a link as a reader does and says where the page went; `href` is where a new tab would go. */
function follow(link: HTMLElement) {
  const before = window.location.href;
  const href = new URL(link.getAttribute('href')!, before).href;
  const taken = !fireEvent.click(link, { button: 0 });
  return { href, went: window.location.href, taken, before };
}

const TRANSITIONS: Record<string, Transition> = {
  'a park': (s) => toSelection(s, { park: 'changchun-pharma-valley' }),
  'a zone': (s) => toSelection(s, { park: 'changchun-pharma-valley', zone: 'future-medical-port' }),
  'a project': (s) => toSelection(s, { project: 'no-amount' }),
  'nothing selected': (s) => toSelection(s, {}),
  'the comparison': (s) => toCompare(s, ['changchun-pharma-valley', 'changchun-new-area']),
  'the projects view': (s) => toView(s, 'projects'),
  "What's new": (s) => toView(s, 'changes'),
  'the map alone': (s) => toView(s, undefined),
  'the Data page': toDataPage,
};

const STARTS = [
  '',
  '?park=changchun-pharma-valley&map=9.5/43.8/125.3',
  '?park=changchun-pharma-valley&zone=future-medical-port&industry=biologics&lang=zh&map=12/43.9/125.2',
  '?project=no-amount&status=operating&asof=2023&view=projects&sort=investment:desc&q=plant',
  '?compare=changchun-pharma-valley,hangzhou-biopharma-town&lang=zh',
  '?view=changes&kind=value-revised&map=5/35/110',
  '?view=data&industry=vaccines',
];

describe('a link goes where its href says', () => {
  it('for every transition, from every kind of address: the click navigates to the href', () => {
    for (const start of STARTS) {
      for (const [name, to] of Object.entries(TRANSITIONS)) {
        const { unmount } = renderAt(start, () => <UrlLink to={to}>{name}</UrlLink>);
        const { href, went, taken } = follow(screen.getByRole('link', { name }));
        expect(taken, `${name} from “${start}”`).toBe(true);
        expect(went, `${name} from “${start}”`).toBe(href);
        unmount();
      }
    }
  });

  it('for generated addresses too (the address is the transition of the state, written canonically)', () => {
    const ids = fc.constantFrom('changchun-pharma-valley', 'hangzhou-biopharma-town', 'changchun-new-area');
    const starts = fc.record(
      {
        park: ids,
        compare: fc.uniqueArray(ids, { minLength: 2, maxLength: 3 }),
        lang: fc.constant('zh' as const),
        map: fc.constant({ zoom: 8, lat: 40, lon: 120 }),
        view: fc.constantFrom('projects' as const, 'changes' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(starts, fc.constantFrom(...Object.keys(TRANSITIONS)), (state: UrlState, name) => {
        const { unmount } = renderAt(formatUrl(state), () => <UrlLink to={TRANSITIONS[name]!}>go</UrlLink>);
        const { href, went } = follow(screen.getByRole('link', { name: 'go' }));
        unmount();
        expect(went).toBe(href);
      }),
      { numRuns: 40 },
    );
  });

  it("a click with a modifier or another button is the browser's: the page does not navigate", () => {
    renderAt('?park=hangzhou-biopharma-town', () => <UrlLink to={TRANSITIONS['a park']!}>park</UrlLink>);
    const link = screen.getByRole('link', { name: 'park' });
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      const before = window.location.href;
      expect(fireEvent.click(link, init)).toBe(true);
      expect(window.location.href).toBe(before);
    }
  });

  it('every in-page link of the panel and the header: its click goes to its href', () => {
    const start = '?park=changchun-pharma-valley&industry=biologics&lang=zh&map=9.5/43.8/125.3';
    const ui = (c: Parameters<typeof SidePanel>[0]['catalog']) => (
      <>
        <ViewSwitch />
        <WhatsNewLink />
        <DataLink />
        <SidePanel catalog={c} />
      </>
    );
    const { unmount } = renderAt(start, ui);
    const inPage = () => screen.getAllByRole('link').filter((a) => /^\?|^\//.test(a.getAttribute('href') ?? ''));
    const count = inPage().length;
    unmount();
    expect(count).toBeGreaterThan(8);
    for (let i = 0; i < count; i++) {
      const view = renderAt(start, ui);
      const link = inPage()[i]!;
      const { href, went, taken } = follow(link);
      expect(taken).toBe(true);
      expect(went, link.textContent ?? '').toBe(href);
      view.unmount();
      goTo(start);
    }
  });
});
