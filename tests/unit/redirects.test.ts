import { describe, expect, it } from 'vitest';
import { followRedirect } from '../../src/catalog/redirects';
import type { Redirect } from '../../src/catalog/schema';

const r = (from: string, to: string, kind: Redirect['kind'] = 'project', parkId?: string): Redirect => ({
  kind,
  from,
  to,
  since: '2026',
  parkId,
});

describe('followRedirect', () => {
  const exists = (id: string) => id === 'new';
  it('returns existing ids unchanged and follows chains of renames', () => {
    expect(followRedirect([], 'project', 'new', exists)).toBe('new');
    expect(followRedirect([r('old', 'mid'), r('mid', 'new')], 'project', 'old', exists)).toBe('new');
  });
  it('gives up on unknown ids and on loops', () => {
    expect(followRedirect([r('old', 'new')], 'project', 'other', exists)).toBeUndefined();
    expect(followRedirect([r('a', 'b'), r('b', 'a')], 'project', 'a', exists)).toBeUndefined();
  });
  it('matches kind, and the park for zones', () => {
    expect(followRedirect([r('old', 'new', 'park')], 'project', 'old', exists)).toBeUndefined();
    expect(followRedirect([r('old', 'new', 'zone', 'p1')], 'zone', 'old', exists, 'p2')).toBeUndefined();
    expect(followRedirect([r('old', 'new', 'zone', 'p1')], 'zone', 'old', exists, 'p1')).toBe('new');
  });
});
