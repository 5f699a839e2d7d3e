import { afterEach, describe, expect, it } from 'vitest';
import { navigate, patchUrl, startUrlSync, useUrlStore } from '../../src/url/url-store';
import { goTo } from './render';

describe('URL store: values keep their identity', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('a camera move changes no other parameter, so nothing built from them is rebuilt', () => {
    goTo('?park=changchun-pharma-valley&industry=vaccines,antibodies&status=operating&compare=a-b,c-d');
    stop = startUrlSync();
    const before = useUrlStore.getState().state;
    patchUrl({ map: { zoom: 9, lat: 43.9, lon: 125.4 } }, { replace: true });
    const after = useUrlStore.getState().state;
    expect(after.map).toEqual({ zoom: 9, lat: 43.9, lon: 125.4 });
    expect(after.industry).toBe(before.industry);
    expect(after.status).toBe(before.status);
    expect(after.compare).toBe(before.compare);
  });

  it('Back to an entry with the same filters keeps them too', () => {
    goTo('?industry=vaccines');
    stop = startUrlSync();
    const industry = useUrlStore.getState().state.industry;
    navigate({ ...useUrlStore.getState().state, park: 'changchun-pharma-valley' });
    window.history.back();
    return new Promise<void>((done) => {
      window.addEventListener(
        'popstate',
        () => {
          expect(useUrlStore.getState().state.park).toBeUndefined();
          expect(useUrlStore.getState().state.industry).toBe(industry);
          done();
        },
        { once: true },
      );
    });
  });
});
