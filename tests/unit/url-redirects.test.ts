import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRedirects, parseRedirects } from '../../src/catalog/load-redirects';
import type { Redirect } from '../../src/catalog/schema';
import { resolveRedirects } from '../../src/url/url-redirects';
import { fixtureCatalog } from '../ui/fixture-catalog';

const catalog = fixtureCatalog();
const valley = 'changchun-pharma-valley';
const r = (kind: Redirect['kind'], from: string, to: string, parkId?: string): Redirect => ({ kind, from, to, parkId, since: '2026-12' });
const REDIRECTS = [
  r('park', 'changchun-medicine-valley', valley),
  r('zone', 'medical-port', 'future-medical-port', valley),
  r('project', 'genescience-pharma-park', 'genescience-park'),
  r('park', 'hangzhou-medical-port', 'hangzhou-biopharma-town'),
];

describe('resolveRedirects', () => {
  it('rewrites old park, zone and project ids and notes each', () => {
    const { state, notes } = resolveRedirects({ park: 'changchun-medicine-valley', zone: 'medical-port', lang: 'zh' }, catalog, REDIRECTS);
    expect(state).toEqual({ park: valley, zone: 'future-medical-port', lang: 'zh' });
    expect(notes).toEqual([
      { kind: 'park', from: 'changchun-medicine-valley', to: valley },
      { kind: 'zone', from: 'medical-port', to: 'future-medical-port', parkId: valley },
    ]);
    expect(resolveRedirects({ project: 'genescience-pharma-park' }, catalog, REDIRECTS).state).toEqual({ project: 'genescience-park' });
  });

  it('rewrites old ids inside a comparison, and leaves a set that would collapse alone', () => {
    const { state, notes } = resolveRedirects({ compare: ['hangzhou-medical-port', valley] }, catalog, REDIRECTS);
    expect(state.compare).toEqual(['hangzhou-biopharma-town', valley]);
    expect(notes).toHaveLength(1);
    expect(resolveRedirects({ compare: ['changchun-medicine-valley', valley] }, catalog, REDIRECTS)).toEqual({
      state: { compare: ['changchun-medicine-valley', valley] },
      notes: [],
    });
  });

  it('follows a zone that moved to another park, and the link changes park with it', () => {
    const moved: Redirect = {
      kind: 'zone',
      parkId: 'hangzhou-biopharma-town',
      from: 'old-zone',
      to: 'future-medical-port',
      toParkId: valley,
      since: '2026-12',
    };
    const { state, notes } = resolveRedirects({ park: 'hangzhou-biopharma-town', zone: 'old-zone' }, catalog, [moved]);
    expect(state).toEqual({ park: valley, zone: 'future-medical-port' });
    expect(notes).toEqual([{ kind: 'zone', from: 'old-zone', to: 'future-medical-port', parkId: valley }]);
  });

  it('guesses nothing: unknown ids stay, and a zone redirect of another park does not apply', () => {
    const unknown = { park: 'no-such-park', zone: 'medical-port', project: 'no-such-project' };
    expect(resolveRedirects(unknown, catalog, REDIRECTS)).toEqual({ state: unknown, notes: [] });
    const wrongPark = { park: 'hangzhou-biopharma-town', zone: 'medical-port' };
    expect(resolveRedirects(wrongPark, catalog, REDIRECTS)).toEqual({ state: wrongPark, notes: [] });
  });

  it('is the identity on ids that exist, whatever the redirects say', () => {
    const ids = [...catalog.parkById.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (park, other) => {
        const loops = [r('park', park, other), r('park', other, park)];
        expect(resolveRedirects({ park }, catalog, [...REDIRECTS, ...loops])).toEqual({ state: { park }, notes: [] });
      }),
    );
  });
});

describe('data/redirects.json', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const file = new URL('http://atlas.test/data/redirects.json');

  it('keeps good entries and reports bad ones by JSON path', () => {
    const text = JSON.stringify({ redirects: [REDIRECTS[0], { kind: 'park', from: 'Bad Id', to: valley, since: '2026' }] });
    const { redirects, problems } = parseRedirects(text);
    expect(redirects).toEqual([REDIRECTS[0]]);
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual(['data/redirects.json $.redirects[1].from']);
  });

  it('reports a file that is not JSON, or not the right shape, instead of throwing', () => {
    expect(parseRedirects('{ nope').problems[0]).toMatchObject({ file: 'data/redirects.json', path: '$' });
    expect(parseRedirects('{ "redirect": [] }').problems.length).toBeGreaterThan(0);
    expect(parseRedirects('[]').redirects).toEqual([]);
  });

  it('loads over fetch, and a missing file or a network error is a problem, not a crash', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ redirects: REDIRECTS }))),
    );
    expect((await loadRedirects(file)).redirects).toEqual(REDIRECTS);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    expect((await loadRedirects(file)).problems[0]!.message).toBe('could not be loaded (HTTP 404)');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect((await loadRedirects(file)).problems[0]!.message).toBe('could not be loaded (Failed to fetch)');
  });
});
