import { describe, expect, it } from 'vitest';
import { hoverOf } from '../../src/store/ui-store';

// One rule for what the map lights up: a link pointed at and the map's own pointer both go through it.
describe('hoverOf', () => {
  it('lights the most specific thing a selection names, keyed as the map keys it', () => {
    expect(hoverOf({ project: 'p1', park: 'a' })).toEqual({ kind: 'project', id: 'p1' });
    expect(hoverOf({ park: 'a', zone: 'z' })).toEqual({ kind: 'zone', id: 'a/z' });
    expect(hoverOf({ park: 'a' })).toEqual({ kind: 'park', id: 'a' });
  });
  it('lights nothing for no selection (a cluster or a city under the pointer)', () => {
    expect(hoverOf({})).toBeNull();
    expect(hoverOf(undefined)).toBeNull();
  });
});
