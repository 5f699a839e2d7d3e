import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/catalog/catalog';
import { loadCatalog, type LoadOptions } from '../../src/catalog/load';
import { neededParks } from '../../src/catalog/needed-parks';
import { limit } from '../../src/catalog/fetch-queue';
import { ParkLoader, parseIndex } from '../../src/catalog/park-loader';
import { validateParkFile } from '../../src/catalog/validate';
import { validateCatalog, type Problem } from '../../src/catalog/validate';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { dataIndex, preloadedFiles, type DataIndex } from '../../scripts/vite-plugin-atlas-data';
import { EAGER_PARKS } from '../../src/catalog/park-index';
import { park, sources } from '../fixtures/mini-catalog';

const BASE = 'http://atlas.test/data/';
const temp = () => mkdtempSync(join(tmpdir(), 'atlas-index-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Reply = string | number | 'network-error';
type ServerOptions = {
  /** Milliseconds before a file answers (default: a little, varied, so replies interleave). */
  delay?: (path: string) => number;
  /** How the nth attempt (from 0) at a path fails, if it does. */
  fail?: (path: string, attempt: number) => number | 'network-error' | undefined;
  /** Like Chromium with too many requests pending: beyond this many in flight, fetch rejects. */
  maxInFlight?: number;
};

/** A fake static host for data/: `fetch` is replaced, and what was asked for, and when, is recorded. */
function serveData(files: Record<string, Reply>, options: ServerOptions = {}) {
  const requested: string[] = [];
  const attempts = new Map<string, number>();
  let inFlight = 0;
  let peak = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: URL | string) => {
      const path = new URL(String(input)).pathname.replace(/^\/data\//, '');
      requested.push(path);
      const attempt = attempts.get(path) ?? 0;
      attempts.set(path, attempt + 1);
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        if (options.maxInFlight && inFlight > options.maxInFlight) throw new TypeError('Failed to fetch (net::ERR_INSUFFICIENT_RESOURCES)');
        await sleep(options.delay?.(path) ?? path.length % 5);
        const reply = options.fail?.(path, attempt) ?? files[path] ?? 404;
        if (reply === 'network-error') throw new TypeError('Failed to fetch');
        if (typeof reply === 'number') return new Response('', { status: reply });
        return new Response(reply, { status: 200 });
      } finally {
        inFlight--;
      }
    }),
  );
  return { requested, peak: () => peak, parks: () => requested.filter((p) => p.startsWith('parks/')) };
}

/** data/ as the build publishes it: the real catalog, with index.json as the plugin writes it. */
function realData(): Record<string, string> {
  const dir = resolve('data');
  const { sources: src, parks } = readCatalogFiles(dir);
  const files: Record<string, string> = { 'index.json': JSON.stringify(dataIndex(dir)), 'sources.json': src.text };
  for (const f of parks) files[f.file.replace(/^data\//, '')] = f.text;
  return files;
}

/** A data/ folder of the given parks, with its index. */
function dataOf(parks: { id: string; json: unknown; file?: string }[], index?: DataIndex): Record<string, string> {
  const files: Record<string, string> = { 'sources.json': JSON.stringify(sources) };
  for (const p of parks) files[p.file ?? `parks/${p.id}.json`] = typeof p.json === 'string' ? p.json : JSON.stringify(p.json);
  files['index.json'] = JSON.stringify(
    index ?? {
      parks: parks.map((p) => {
        const j = p.json as { parentId?: string; projects?: { id: string }[] };
        return { id: p.id, file: p.file ?? `parks/${p.id}.json`, parent: j?.parentId, projects: j?.projects?.map((x) => [x.id, x.id]) };
      }),
    },
  );
  return files;
}

/** What `validateCatalog` makes of the same files, for comparison with the loader's result. */
function expected(files: Record<string, Reply>): Catalog {
  const parks = Object.entries(files)
    .filter(([p, t]) => p.startsWith('parks/') && typeof t === 'string')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([p, text]) => ({ file: `data/${p}`, text: text as string }));
  const v = validateCatalog({ file: 'data/sources.json', text: files['sources.json'] as string }, parks);
  return buildCatalog(v.parks, v.sources, v.problems);
}

const ids = (c: Catalog) => c.parks.map((p) => p.id);
const located = (problems: readonly Problem[]) => problems.map((p) => `${p.file} ${p.path}`);
const load = (options: LoadOptions = {}) => loadCatalog({ base: BASE, ...options });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('limit', () => {
  it('runs at most n tasks at once, starting them in the order given', async () => {
    const run = limit(3);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        run(async () => {
          started.push(i);
          active++;
          peak = Math.max(peak, active);
          await sleep((i * 7) % 5);
          active--;
          return i * 2;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it('starts an urgent task before those already waiting', async () => {
    const run = limit(1);
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      await sleep(1);
    };
    await Promise.all([run(task('a')), run(task('b')), run(task('c')), run(task('now'), true)]);
    expect(started).toEqual(['a', 'now', 'b', 'c']);
  });

  it('moves a waiting task to the front when it is promoted', async () => {
    const run = limit(1);
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      await sleep(1);
    };
    const all = [run(task('a')), run(task('b'), false, 'b'), run(task('c'), false, 'c')];
    run.promote('c');
    await Promise.all(all);
    expect(started).toEqual(['a', 'c', 'b']);
  });

  it('frees the slot of a task that fails, and passes the failure on', async () => {
    const run = limit(1);
    const failed = run(async () => {
      throw new Error('boom');
    });
    const next = run(async () => 'after');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('after');
  });
});

describe('loadCatalog', () => {
  it('loads the real catalog exactly as validateCatalog reads it', async () => {
    const files = realData();
    serveData(files);
    const catalog = await load();
    const want = expected(files);
    expect(ids(catalog)).toEqual(ids(want));
    expect(catalog.problems).toEqual(want.problems);
    expect([...catalog.projectById.keys()]).toEqual([...want.projectById.keys()]);
  });

  it('reports broken files by name and JSON path as validateCatalog does, and loads every other park', async () => {
    const a = park('park-a');
    const files = dataOf([
      { id: 'park-a', json: a },
      { id: 'park-b', json: park('park-b', { projects: a.projects }) }, // project id already used by park-a
      { id: 'park-c', json: '{ not json' },
      { id: 'park-d', json: { ...park('park-d'), colour: 'red' } }, // unknown key
      { id: 'park-e', json: park('park-e', { parentId: 'nowhere' }) },
      { id: 'park-f', json: park('park-f', { parentId: 'park-a' }) },
      { id: 'park-g', json: park('park-wrong-id') },
    ]);
    serveData(files);
    const catalog = await load();
    const want = expected(files);
    expect(ids(catalog)).toEqual(['park-a', 'park-f']);
    expect(catalog.problems).toEqual(want.problems);
    expect(located(catalog.problems)).toEqual([
      'data/parks/park-c.json $',
      'data/parks/park-d.json $',
      'data/parks/park-g.json $.id',
      'data/parks/park-b.json $.projects[0].id',
      'data/parks/park-e.json $.parentId',
    ]);
  });

  it('validates one file the way validateCatalog does', () => {
    const ok = validateParkFile({ file: 'data/parks/test-park.json', text: JSON.stringify(park()) }, new Set(['src-a']));
    expect(ok.problems).toEqual([]);
    expect(ok.park?.id).toBe('test-park');
    // Cited sources that data/sources.json does not list.
    const other = { sources: [{ ...sources.sources[0]!, id: 'src-b' }] };
    const bad = { file: 'data/parks/test-park.json', text: JSON.stringify(park()) };
    const want = validateCatalog({ file: 'data/sources.json', text: JSON.stringify(other) }, [bad]).problems;
    expect(want.length).toBeGreaterThan(0);
    expect(validateParkFile(bad, new Set(['src-b'])).problems).toEqual(want);
  });

  it('names a park file that cannot be fetched, retries a network failure once, and still loads the rest', async () => {
    const files = dataOf([
      { id: 'park-a', json: park('park-a') },
      { id: 'park-b', json: park('park-b') },
      { id: 'park-c', json: park('park-c') },
    ]);
    serveData(files, {
      fail: (path, attempt) =>
        path === 'parks/park-a.json'
          ? 404
          : path === 'parks/park-b.json' && attempt === 0
            ? 'network-error'
            : path === 'parks/park-c.json'
              ? 'network-error'
              : undefined,
    });
    const catalog = await load();
    expect(ids(catalog)).toEqual(['park-b']);
    expect(catalog.problems).toEqual([
      { file: 'data/parks/park-a.json', path: '$', message: 'could not be loaded (HTTP 404)' },
      { file: 'data/parks/park-c.json', path: '$', message: 'could not be loaded (Failed to fetch)' },
    ]);
  });

  it('without sources.json loads no park and says why; without index.json loads nothing and says why', async () => {
    const files = dataOf([{ id: 'park-a', json: park('park-a') }]);
    serveData({ ...files, 'sources.json': 404 });
    const noSources = await load();
    expect(ids(noSources)).toEqual([]);
    expect(located(noSources.problems)).toEqual(['data/sources.json $']);
    vi.unstubAllGlobals();
    serveData({ ...files, 'index.json': 'nope' });
    const noIndex = await load();
    expect(ids(noIndex)).toEqual([]);
    expect(noIndex.problems).toEqual([{ file: 'data/index.json', path: '$', message: 'the catalog index is not valid JSON' }]);
  });

  it('reads the older index (a list of ids)', async () => {
    const files = dataOf(
      [
        { id: 'park-a', json: park('park-a') },
        { id: 'park-b', json: park('park-b') },
      ],
      { parks: ['park-a', 'park-b'] } as unknown as DataIndex,
    );
    serveData(files);
    expect(ids(await load())).toEqual(['park-a', 'park-b']);
  });

  it('keeps at most `concurrency` files in flight, so a browser never runs out of request slots', async () => {
    const parks = Array.from({ length: 300 }, (_, i) => ({ id: `park-${i}`, json: park(`park-${i}`) }));
    const server = serveData(dataOf(parks), { maxInFlight: 40 });
    const catalog = await load({ concurrency: 12, mode: 'whole' });
    expect(catalog.problems).toEqual([]);
    expect(catalog.parks).toHaveLength(300);
    expect(server.peak()).toBeLessThanOrEqual(12);

    // All at once, as the loader used to: the fake browser fails most of them.
    vi.unstubAllGlobals();
    const unbounded = serveData(dataOf(parks), { maxInFlight: 40 });
    const flooded = await load({ concurrency: 1000, mode: 'whole' });
    expect(unbounded.peak()).toBeGreaterThan(40);
    expect(flooded.problems.length).toBeGreaterThan(100);
  });
});

describe('progressive loading', () => {
  it("fetches the linked project's park and its ancestors first and shows them before the rest", async () => {
    const files = realData();
    const server = serveData(files);
    const partials: Catalog[] = [];
    let requestedBeforeFirst = -1;
    const onPartial = (c: Catalog) => {
      if (!partials.length) requestedBeforeFirst = server.parks().length;
      partials.push(c);
    };
    const final = await load({ first: { project: 'genescience-pharma-park' }, onPartial });
    // The rest waits until the first view is shown: it gets the network and the main thread first.
    expect(requestedBeforeFirst).toBe(3);
    expect(server.requested.slice(0, 2).sort()).toEqual(['index.json', 'sources.json']);
    expect(server.parks().slice(0, 3)).toEqual([
      'parks/changchun-pharma-valley.json',
      'parks/beihu-science-technology-zone.json',
      'parks/changchun-new-area.json',
    ]);
    expect(partials.length).toBeGreaterThanOrEqual(1);
    const first = partials[0]!;
    expect(ids(first).sort()).toEqual(['beihu-science-technology-zone', 'changchun-new-area', 'changchun-pharma-valley']);
    expect(first.projectById.get('genescience-pharma-park')?.park.id).toBe('changchun-pharma-valley');
    expect(ids(final)).toEqual(ids(expected(files)));
    expect(partials).not.toContain(final);
  });

  it('a park link loads that park first', async () => {
    const server = serveData(realData());
    const partials: Catalog[] = [];
    await load({
      first: { park: 'hangzhou-biopharma-town', zone: 'eastern-pharma-port-town' },
      onPartial: (c) => partials.push(c),
      concurrency: 1,
    });
    expect(server.parks().slice(0, 3)).toEqual([
      'parks/hangzhou-biopharma-town.json',
      'parks/hangzhou-etdz.json',
      'parks/qiantang-new-area.json',
    ]);
    expect(ids(partials[0]!)).toEqual(['hangzhou-biopharma-town', 'hangzhou-etdz', 'qiantang-new-area']);
  });

  it('streams the rest in a few batches, not per file, and the final catalog is complete', async () => {
    const parks = Array.from({ length: 200 }, (_, i) => ({
      id: `park-${String(i).padStart(3, '0')}`,
      json: park(`park-${String(i).padStart(3, '0')}`),
    }));
    serveData(dataOf(parks), { delay: () => 1 });
    const partials: Catalog[] = [];
    const final = await load({ first: { park: 'park-150' }, onPartial: (c) => partials.push(c), mode: 'whole' });
    expect(ids(partials[0]!)).toEqual(['park-150']);
    expect(partials.length).toBeGreaterThan(1);
    expect(partials.length).toBeLessThanOrEqual(3);
    const sizes = partials.map((c) => c.parks.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(final.parks).toHaveLength(200);
  });

  it('a comparison loads the compared parks (and their ancestors) first', async () => {
    const server = serveData(realData());
    const partials: Catalog[] = [];
    await load({
      first: { compare: ['hangzhou-biopharma-town', 'changchun-pharma-valley'] },
      onPartial: (c) => partials.push(c),
      concurrency: 1,
    });
    expect(server.parks().slice(0, 2)).toEqual(['parks/hangzhou-biopharma-town.json', 'parks/hangzhou-etdz.json']);
    expect(ids(partials[0]!).sort()).toEqual([
      'beihu-science-technology-zone',
      'changchun-new-area',
      'changchun-pharma-valley',
      'hangzhou-biopharma-town',
      'hangzhou-etdz',
      'qiantang-new-area',
    ]);
  });

  it('shows nothing early without a first view, or when the linked id is not in the index', async () => {
    const files = realData();
    for (const first of [undefined, {}, { project: 'no-such-project' }, { park: 'old-park-id' }]) {
      vi.unstubAllGlobals();
      serveData(files);
      const onPartial = vi.fn();
      const catalog = await load({ first, onPartial });
      expect(onPartial).not.toHaveBeenCalled();
      expect(catalog.parks).toHaveLength(readCatalogFiles(resolve('data')).parks.length);
    }
  });

  it('shows nothing early when the linked park fails validation: the final catalog reports it', async () => {
    const files = dataOf([
      { id: 'park-a', json: { ...park('park-a'), colour: 'red' } },
      { id: 'park-b', json: park('park-b') },
    ]);
    serveData(files);
    const onPartial = vi.fn();
    const catalog = await load({ first: { park: 'park-a' }, onPartial });
    expect(onPartial).not.toHaveBeenCalled();
    expect(located(catalog.problems)).toEqual(['data/parks/park-a.json $']);
  });
});

describe('ParkLoader', () => {
  it('fetches what the reader chose (and its ancestors) before a list page already queued', async () => {
    const server = serveData(realData(), { delay: () => 2 });
    const loader = new ParkLoader(BASE, 1);
    await loader.open();
    const page = loader.load(['changchun-high-tech-zone', 'hangzhou-etdz', 'qiantang-new-area', 'shanghai-pharma-valley']);
    const chosen = loader.load(['changchun-pharma-valley'], { urgent: true });
    await Promise.all([page, chosen]);
    expect(server.parks().slice(1, 4)).toEqual([
      'parks/changchun-pharma-valley.json',
      'parks/beihu-science-technology-zone.json',
      'parks/changchun-new-area.json',
    ]);
    expect(new Set(server.parks()).size).toBe(server.parks().length); // each file once
    // The four of the page, the valley, and the ancestors of both: the valley's two and the Pharma Valley's Zhangjiang Hi-Tech Park.
    expect(loader.snapshot().parks.map((p) => p.id)).toHaveLength(8);
  });

  it('moves a park already queued by a list page to the front when the reader chooses it', async () => {
    const server = serveData(realData(), { delay: () => 2 });
    const loader = new ParkLoader(BASE, 1);
    await loader.open();
    const page = loader.load(['shanghai-pharma-valley', 'suzhou-industrial-park', 'changchun-high-tech-zone', 'hangzhou-etdz']);
    const chosen = loader.load(['hangzhou-etdz'], { urgent: true });
    await Promise.all([page, chosen]);
    expect(server.parks()[1]).toBe('parks/hangzhou-etdz.json');
  });
});

describe('data/index.json', () => {
  it('maps every park to its file, parent, name and extent, and every project to its park', () => {
    const index = dataIndex(resolve('data'));
    const { parks } = readCatalogFiles(resolve('data'));
    const read = parseIndex({ file: 'data/index.json', text: JSON.stringify(index) });
    expect(read.problems).toEqual([]);
    expect(read.index.parks.map((e) => e.file)).toEqual(parks.map((f) => f.file.replace(/^data\//, '')));
    const valley = read.index.byId.get('changchun-pharma-valley')!;
    expect(valley.parent).toBe('beihu-science-technology-zone');
    expect(valley.name).toEqual({ en: 'Changchun Pharmaceutical Valley', zh: '长春药谷' });
    expect(valley.zones.map((z) => z.id)).toEqual(['future-medical-port', 'entrepreneurship-innovation-town', 'green-smart-chemical-park']);
    expect(valley.bbox?.[0]).toBeGreaterThan(125);
    expect(read.index.parkOfProject.get('genescience-pharma-park')).toBe('changchun-pharma-valley');
    expect(valley.projects.find((p) => p.id === 'genescience-pharma-park')?.name.zh).toBe('金赛药业国际医药产业园');
    expect(neededParks(read.index, { project: 'genescience-pharma-park' }).shown).toEqual([
      'changchun-pharma-valley',
      'beihu-science-technology-zone',
      'changchun-new-area',
    ]);
  });

  it('names a malformed index entry and keeps the others', () => {
    const { index, problems } = parseIndex({
      file: 'data/index.json',
      text: JSON.stringify({ parks: [{ id: 'a' }, { file: 'x.json' }, { id: 'b', file: '../../etc/passwd' }] }),
    });
    expect(index.parks.map((p) => [p.id, p.file, p.name.en])).toEqual([['a', 'parks/a.json', 'a']]);
    expect(located(problems)).toEqual(['data/index.json $.parks[1].id', 'data/index.json $.parks[2].file']);
  });

  it('has index.html preload every park file of a catalog loaded whole, and none of a larger one', () => {
    expect(preloadedFiles(resolve('data'))).toEqual([
      'index.json',
      'sources.json',
      ...readCatalogFiles(resolve('data')).parks.map((f) => f.file.replace(/^data\//, '')),
    ]);
    const dir = temp();
    mkdirSync(join(dir, 'parks'));
    for (let i = 0; i <= EAGER_PARKS; i++) writeFileSync(join(dir, `parks/p-${i}.json`), '{}');
    expect(preloadedFiles(dir)).toEqual(['index.json', 'sources.json']);
  });

  it('lists a park whose file fails validation by id, so loading it reports the file', () => {
    const dir = temp();
    mkdirSync(join(dir, 'parks'));
    writeFileSync(join(dir, 'parks/good-park.json'), JSON.stringify(park('good-park')));
    writeFileSync(join(dir, 'parks/bad-park.json'), JSON.stringify({ ...park('bad-park', { parentId: 'good-park' }), colour: 'red' }));
    expect(dataIndex(dir).parks.map((e) => [e.id, e.parent, e.name?.en])).toEqual([
      ['bad-park', 'good-park', undefined],
      ['good-park', undefined, park('good-park').name.en],
    ]);
  });
});
