import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBasemapFiles } from '../../src/map/basemap-load';

afterEach(() => {
  vi.unstubAllGlobals();
  for (const meta of document.head.querySelectorAll('meta[name^="atlas-"]')) meta.remove();
});

const MANIFEST = { layers: [{ id: 'countries', file: 'countries.geojson', kind: 'fill', scope: 'national' }] };

const stubFetch = () => {
  const fetch = vi.fn(
    async (url: URL | string, _init?: RequestInit) =>
      new Response(JSON.stringify(String(url).includes('manifest.json') ? MANIFEST : { type: 'FeatureCollection', features: [] })),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

describe("the basemap's files, as index.html preloads them", () => {
  it('asks for the URLs the build preloads (its versions in ?v=), so the preloaded responses are used', async () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="atlas-data" content="data123"><meta name="atlas-fonts" content="font456">');
    const fetch = stubFetch();
    await loadBasemapFiles('http://atlas.test/sub/');
    const asked = fetch.mock.calls.map(([url, init]) => [String(url), init?.cache]);
    expect(asked).toEqual(
      expect.arrayContaining([
        ['http://atlas.test/sub/data/basemap/manifest.json?v=data123', undefined],
        ['http://atlas.test/sub/data/basemap/attribution.json?v=data123', undefined],
        ['http://atlas.test/sub/fonts/font-faces.json?v=font456', undefined],
        ['http://atlas.test/sub/data/basemap/countries.geojson?v=data123', undefined],
      ]),
    );
    expect(asked).toHaveLength(4);
  });

  it('revalidates with the server when the page names no version (dev, an old index.html)', async () => {
    const fetch = stubFetch();
    await loadBasemapFiles('http://atlas.test/');
    expect(fetch.mock.calls.map(([url, init]) => [String(url), init?.cache])).toEqual(
      expect.arrayContaining([
        ['http://atlas.test/data/basemap/manifest.json', 'no-cache'],
        ['http://atlas.test/fonts/font-faces.json', 'no-cache'],
        ['http://atlas.test/data/basemap/countries.geojson', 'no-cache'],
      ]),
    );
  });
});
