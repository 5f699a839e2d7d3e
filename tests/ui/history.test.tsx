import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshot } from '../../src/catalog/history-snapshot';
import type { Park } from '../../src/catalog/schema';
import { WhatsNewView } from '../../src/features/history/whats-new-view';
import { historyFiles } from '../../scripts/vite-plugin-history';
import { fixtureCatalog } from './fixture-catalog';
import { renderAt, text } from './render';

/**
 * Two releases of the fixture catalog: before, the first project with an amount had another
 * investment and no "operating" step. The panels fetch the build's change files (served here from
 * scripts/vite-plugin-history.ts's own output).
 */
const catalog = fixtureCatalog();
const withProject = catalog.parks.find((p) => p.projects.some((x) => x.investment))!;
const target = withProject.projects.find((x) => x.investment)!;
const earlier: Park[] = catalog.parks.map((p) =>
  p !== withProject
    ? p
    : {
        ...p,
        projects: p.projects.map((x) =>
          x !== target
            ? x
            : {
                ...x,
                investment: { values: x.investment!.values.map((v, i) => (i ? v : { ...v, value: v.value / 2 })) },
              },
        ),
      },
);
const now: Park[] = catalog.parks.map((p) =>
  p !== withProject
    ? p
    : {
        ...p,
        projects: p.projects.map((x) =>
          x !== target
            ? x
            : { ...x, statusHistory: [...x.statusHistory, { status: 'operating' as const, date: '2025-03', sources: ['src-news'] }] },
        ),
      },
);
const files = historyFiles(
  [
    snapshot(earlier, [], { release: '2026-01-10-first', date: '2026-01-10T09:00:00Z', note: 'First.' }),
    snapshot(now, [], { release: '2026-03-02-second', date: '2026-03-02T09:00:00Z', note: 'Second release.' }),
  ],
  catalog.parks.map((p) => p.id),
);

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL) => {
      const body = files.get(url.pathname.replace(/^\//, ''));
      return new Response(body ?? '', { status: body === undefined ? 404 : 200 });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('history in the panels and "What\'s new"', () => {
  it('a project panel lists its dated changes, newest release first, and marks the revised figure', async () => {
    renderAt(`?project=${target.id}`, undefined, catalog);
    const section = await screen.findByRole('region', { name: 'Changes' }, { timeout: 5000 });
    await waitFor(() => expect(within(section).getAllByRole('listitem').length).toBe(2));
    expect(text(within(section).getByRole('heading', { level: 4 }))).toBe('Release of 2 Mar 2026');
    const items = within(section).getAllByRole('listitem').map(text);
    expect(items.some((t) => /Figure revised.*investment revised from .* to /.test(t))).toBe(true);
    expect(items.some((t) => /Status step added.*status “Operating” added, dated 2025-03.*Sources: Output report/.test(t))).toBe(true);
    expect(text(await screen.findByText(/^revised on 2 Mar 2026$/))).toBe('revised on 2 Mar 2026');
    // A project has no feed of its own: only parks are followed.
    expect(screen.queryByRole('link', { name: /Follow this park/ })).toBeNull();
  });

  it('a park panel links its Atom feed; a park without changes says so', async () => {
    renderAt(`?park=${withProject.id}`, undefined, catalog);
    const follow = await screen.findByRole('link', { name: /Follow this park/ }, { timeout: 5000 });
    expect(follow.getAttribute('href')).toBe(`feeds/${withProject.id}.xml`);
    expect(follow.getAttribute('type')).toBe('application/atom+xml');
    const quiet = catalog.parks.find(
      (p) => p.id !== withProject.id && !p.projects.length && !p.zones.length && p.parentId !== withProject.id,
    )!;
    renderAt(`?park=${quiet.id}`, undefined, catalog);
    expect(text(await screen.findByText(/^No recorded change since the first release/, undefined, { timeout: 5000 }))).toBe(
      'No recorded change since the first release (10 Jan 2026).',
    );
  });

  it('"What\'s new" lists the latest release, filters by kind in the link, and links each change to its entity', async () => {
    const { user } = renderAt('?view=changes', (c) => <WhatsNewView catalog={c} />, catalog);
    await screen.findByRole('heading', { name: "What's new in the release of 2 Mar 2026" });
    expect(text(screen.getByRole('status'))).toBe('2 of 2 changes');
    await user.selectOptions(screen.getByLabelText('Kind of change'), 'status-step-added');
    expect(window.location.search).toBe('?view=changes&kind=status-step-added');
    expect(text(screen.getByRole('status'))).toBe('1 of 2 changes');
    const link = screen.getByRole('link', { name: /status “Operating” added/ });
    expect(link.getAttribute('href')).toContain(`project=${target.id}`);
    await user.selectOptions(screen.getByLabelText('Kind of change'), 'boundary-redrawn');
    expect(screen.getByText('No change of this kind in this release.')).toBeTruthy();
  });
});
