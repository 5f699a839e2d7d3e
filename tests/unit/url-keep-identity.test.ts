import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndustrySchema, StatusSchema } from '../../src/catalog/schema';
import { parseUrl, formatUrl } from '../../src/url/codec';
import { keepIdentity } from '../../src/url/keep-identity';
import { PARAM_NAMES, type UrlState } from '../../src/url/registry';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const subset = <T extends string>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 }).map((v) => [...v].sort());
const camera = fc.record({
  zoom: fc.integer({ min: 0, max: 22 }),
  lat: fc.integer({ min: -80, max: 80 }),
  lon: fc.integer({ min: -179, max: 179 }),
});
const state: fc.Arbitrary<UrlState> = fc.record(
  {
    park: id,
    project: id,
    compare: fc.uniqueArray(id, { minLength: 2, maxLength: 4 }),
    industry: subset(IndustrySchema.options),
    status: subset(StatusSchema.options),
    lang: fc.constant('zh' as const),
    map: camera,
  },
  { requiredKeys: [] },
);
// What url-store does after a navigation: the state written out and read back as new objects.
const reparsed = (s: UrlState) => parseUrl(formatUrl(s)).state;
// Start from states a link can hold (the codec drops a park beside a project, say).
const canonical = state.map(reparsed);

describe('keepIdentity', () => {
  it('a camera-only change keeps every other parameter the very same value', () => {
    fc.assert(
      fc.property(canonical, camera, (prev, map) => {
        const next = keepIdentity(prev, reparsed({ ...prev, map }));
        for (const name of PARAM_NAMES) if (name !== 'map') expect(next[name]).toBe(prev[name]);
        expect(next.map).toEqual(map);
      }),
      { numRuns: 300 },
    );
  });

  it('an unchanged URL gives back the same state object', () => {
    fc.assert(
      fc.property(canonical, (prev) => {
        expect(keepIdentity(prev, reparsed(prev))).toBe(prev);
      }),
      { numRuns: 200 },
    );
  });

  it('a changed filter is the new value, and dropped parameters are gone', () => {
    const prev: UrlState = { industry: ['vaccines'], status: ['operating'], park: 'a' };
    const next = keepIdentity(prev, reparsed({ industry: ['antibodies', 'vaccines'], park: 'a' }));
    expect(next.industry).toEqual(['antibodies', 'vaccines']);
    expect(next.status).toBeUndefined();
    expect('status' in next).toBe(false);
    expect(next.park).toBe('a');
  });
});
