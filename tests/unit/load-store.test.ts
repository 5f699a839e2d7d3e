// @vitest-environment jsdom
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { dataIndex } from '../../scripts/vite-plugin-atlas-data';
import { parksRequestedSoFar, requestParks, startCatalog, useCatalogStore } from '../../src/store/catalog-store';
import { parseUrl } from '../../src/url/codec';
import { useUrlStore } from '../../src/url/url-store';

/** Every park in data/ (the catalog grows; a fixed number here broke with each new park file). */
const PARKS = readCatalogFiles(resolve('data')).parks.length;

/** The real data/ folder behind a stubbed fetch, as the build serves it. */
function serveRealData() {
  const dir = resolve('data');
  const { sources, parks } = readCatalogFiles(dir);
  const files = new Map<string, string>([
    ['index.json', JSON.stringify(dataIndex(dir))],
    ['sources.json', sources.text],
  ]);
  for (const f of parks) files.set(f.file.replace(/^data\//, ''), f.text);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL | string) => {
      const text = files.get(new URL(String(url)).pathname.replace(/^.*\/data\//, ''));
      return new Response(text ?? '', { status: text === undefined ? 404 : 200 });
    }),
  );
}

/** Opens the app's stores at a link and records every catalog update they publish. */
async function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  useUrlStore.setState({ ...parseUrl(search), notes: [] });
  useCatalogStore.setState({ status: 'loading', catalog: null, redirects: [] });
  const seen: { status: string; parks: number; project: boolean }[] = [];
  const stop = useCatalogStore.subscribe((s) =>
    seen.push({
      status: s.status,
      parks: s.catalog?.parks.length ?? 0,
      project: !!s.catalog?.projectById.has('genescience-pharma-park'),
    }),
  );
  await startCatalog(undefined, async () => ({ redirects: [], problems: [] }));
  stop();
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startCatalog, progressive', () => {
  it('publishes the linked project with its park first (partial), then the whole catalog (ready)', async () => {
    serveRealData();
    const seen = await open('?project=genescience-pharma-park');
    expect(seen[0]).toMatchObject({ status: 'partial', project: true });
    expect(seen[0]!.parks).toBeLessThan(PARKS);
    expect(seen.at(-1)).toEqual({ status: 'ready', parks: PARKS, project: true });
    expect(useCatalogStore.getState().catalog?.problems).toEqual([]);
  });

  it('publishes once, ready, when the link selects nothing (the list and the map fit need every park)', async () => {
    serveRealData();
    expect(await open('')).toEqual([{ status: 'ready', parks: PARKS, project: true }]);
  });
});

describe("parksRequestedSoFar (what the map's first style waits for)", () => {
  /** A catalog opened lazily, as a large one is: the index, no park files until asked for. */
  async function openLazily() {
    serveRealData();
    window.history.replaceState(null, '', '/');
    useUrlStore.setState({ ...parseUrl(''), notes: [] });
    useCatalogStore.setState({ status: 'loading', catalog: null, redirects: [] });
    await startCatalog(
      async (_options, loader) => {
        await loader!.open();
        return loader!.snapshot();
      },
      async () => ({ redirects: [], problems: [] }),
    );
    expect(useCatalogStore.getState().catalog?.parks).toHaveLength(0);
  }

  it('resolves once the parks asked for, even later in the same task, are in the published catalog', async () => {
    await openLazily();
    const settled = parksRequestedSoFar();
    // Asked for after the wait began, as a list's effect asks after the map's.
    requestParks(['suzhou-biobay', 'qiantang-new-area']);
    await settled;
    const parks = useCatalogStore.getState().catalog!.parkById;
    expect(parks.has('suzhou-biobay') && parks.has('qiantang-new-area')).toBe(true);
  });

  it('resolves at once when nothing is loading', async () => {
    await openLazily();
    let done = false;
    void parksRequestedSoFar().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(true);
  });
});
