import { render, screen, waitFor, within } from '@testing-library/react';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeSynthetic } from '../../scripts/generate-synthetic';
import { dataIndex } from '../../scripts/vite-plugin-atlas-data';
import { SidePanel } from '../../src/app/side-panel';
import { EAGER_PARKS } from '../../src/catalog/park-index';
import { startCatalog, useCatalogStore } from '../../src/store/catalog-store';
import { LIST_PAGE } from '../../src/store/ui-store';
import { goTo } from './render';

const PARKS = LIST_PAGE + 30;

/** A synthetic data/ folder larger than EAGER_PARKS behind a stubbed fetch; returns the park files asked for. */
function serveLargeCatalog(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-on-demand-'));
  writeSynthetic(dir, { parks: PARKS, projectsPerPark: 3 });
  const files = new Map<string, string>([
    ['index.json', JSON.stringify(dataIndex(dir))],
    ['sources.json', readFileSync(join(dir, 'sources.json'), 'utf8')],
  ]);
  for (const f of readdirSync(join(dir, 'parks'))) files.set(`parks/${f}`, readFileSync(join(dir, 'parks', f), 'utf8'));
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL | string) => {
      const path = new URL(String(url)).pathname.replace(/^.*\/data\//, '');
      if (path.startsWith('parks/')) asked.push(path);
      const text = files.get(path);
      return new Response(text ?? '', { status: text === undefined ? 404 : 200 });
    }),
  );
  return asked;
}

/** The side panel as the app shows it: fed by the store as the catalog grows. */
function Connected() {
  const catalog = useCatalogStore((s) => s.catalog);
  return catalog ? <SidePanel catalog={catalog} /> : null;
}

/** The panel shows its selection loaded: not the heading alone, which the index gives at once. */
const panelLoaded = () => waitFor(() => expect(document.querySelector('[aria-labelledby="panel-heading"][aria-busy="true"]')).toBeNull());

async function open(search: string) {
  goTo(search);
  useCatalogStore.setState({ status: 'loading', catalog: null, redirects: [] });
  await startCatalog(undefined, async () => ({ redirects: [], problems: [] }));
  return render(<Connected />);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe(`a catalog of more than ${EAGER_PARKS} parks loads on demand`, () => {
  it('loads nothing but the index for the list, then the parks on its first page', async () => {
    expect(PARKS).toBeGreaterThan(EAGER_PARKS);
    const asked = serveLargeCatalog();
    await open('');
    expect(useCatalogStore.getState().catalog?.index.parks).toHaveLength(PARKS);
    const nav = screen.getByRole('navigation', { name: 'Parks' });
    // Every park of the page is listed by name at once, from the index…
    expect(within(nav).getAllByRole('heading', { level: 3 })).toHaveLength(LIST_PAGE);
    // …and its details arrive: each item gains its disclosure of zones and projects.
    await waitFor(() => expect(within(nav).getAllByText('2 zones, 3 projects')).toHaveLength(LIST_PAGE));
    expect(new Set(asked).size).toBe(LIST_PAGE);
    expect(useCatalogStore.getState().catalog?.parks).toHaveLength(LIST_PAGE);
  });

  it('opens a project link by loading only its park', async () => {
    const asked = serveLargeCatalog();
    await open(`?project=synthetic-park-${PARKS - 1}-project-2`);
    expect(await screen.findByRole('heading', { level: 2, name: /Project 2 of park/ })).toBeTruthy();
    await panelLoaded();
    expect(asked).toEqual([`parks/synthetic-park-${PARKS - 1}.json`]);
  });

  it('shows a park a link selects once its file is in, and "not found" at once for an id the index does not list', async () => {
    serveLargeCatalog();
    await open('');
    goTo('?park=synthetic-park-77');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Synthetic park 77/));
    await panelLoaded();
    goTo('?park=synthetic-park-9999');
    expect(screen.getByRole('alert').textContent).toContain('There is no park with the id “synthetic-park-9999”.');
  });

  it('loads what a link needs with no view mounted to ask: the store follows the URL (compare, then the projects table)', async () => {
    const asked = serveLargeCatalog();
    goTo('');
    useCatalogStore.setState({ status: 'loading', catalog: null, redirects: [] });
    await startCatalog(undefined, async () => ({ redirects: [], problems: [] }));
    expect(asked).toEqual([]);
    goTo('?compare=synthetic-park-101,synthetic-park-120');
    await waitFor(() =>
      expect(useCatalogStore.getState().catalog?.parks.map((p) => p.id)).toEqual(['synthetic-park-101', 'synthetic-park-120']),
    );
    goTo('?compare=synthetic-park-101,synthetic-park-120&map=5/30/110');
    goTo('?view=projects&park=synthetic-park-7');
    await waitFor(() => expect(useCatalogStore.getState().catalog?.parkById.has('synthetic-park-7')).toBe(true));
    goTo('?view=projects');
    await waitFor(() => expect(useCatalogStore.getState().catalog?.parks).toHaveLength(PARKS));
    expect(new Set(asked).size).toBe(asked.length);
  });
});
