import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPreloads, takeEarly } from '../../src/catalog/early-fetch';
import { fetchText } from '../../src/catalog/fetch-queue';

const BASE = 'https://atlas.example/hosted/data/';
/** A page whose <head> preloads these URLs as fetch (all readPreloads looks at). */
const pageWith = (...hrefs: string[]) =>
  ({
    querySelectorAll: (selector: string) => (selector === 'link[rel="preload"][as="fetch"]' ? hrefs.map((href) => ({ href })) : []),
  }) as unknown as Document;

/** A server that answers every URL with its own name, counting requests. */
function server({ failFirst = false } = {}) {
  const requests: string[] = [];
  const fetchStub = vi.fn(async (url: string | URL) => {
    const href = String(url);
    requests.push(href);
    if (failFirst && requests.length === 1) throw new TypeError('Failed to fetch');
    return new Response(`{"file":"${href}"}`, { status: 200 });
  });
  vi.stubGlobal('fetch', fetchStub);
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('data read while the app is still starting', () => {
  it('is each preloaded file read once, and the app takes that text instead of fetching again', async () => {
    const requests = server();
    readPreloads(pageWith(`${BASE}index.json`, `${BASE}parks/a.json`));
    readPreloads(pageWith(`${BASE}index.json`)); // boot.ts runs once, but a second call must not read twice
    expect(requests).toEqual([`${BASE}index.json`, `${BASE}parks/a.json`]);
    expect(await fetchText('index.json', BASE)).toEqual({ file: 'data/index.json', text: `{"file":"${BASE}index.json"}` });
    expect(await fetchText('parks/a.json', BASE)).toMatchObject({ file: 'data/parks/a.json' });
    expect(requests).toHaveLength(2);
  });

  it('is handed out once: asked again (a retry, a reload of the catalog), the file is fetched anew', async () => {
    const requests = server();
    readPreloads(pageWith(`${BASE}sources.json`));
    await fetchText('sources.json', BASE);
    expect(takeEarly(`${BASE}sources.json`)).toBeUndefined();
    await fetchText('sources.json', BASE);
    expect(requests).toEqual([`${BASE}sources.json`, `${BASE}sources.json`]);
  });

  it('costs nothing when the early read failed: the app fetches the file itself and loads it', async () => {
    const requests = server({ failFirst: true });
    readPreloads(pageWith(`${BASE}parks/b.json`));
    expect(await fetchText('parks/b.json', BASE)).toEqual({ file: 'data/parks/b.json', text: `{"file":"${BASE}parks/b.json"}` });
    expect(requests).toEqual([`${BASE}parks/b.json`, `${BASE}parks/b.json`]);
  });
});
