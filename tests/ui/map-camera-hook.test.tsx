import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parkBounds } from '../../src/catalog/park-index';
import { FIT_PADDING } from '../../src/map/camera-plan';
import { useCamera } from '../../src/map/use-camera';
import { useLoadInView } from '../../src/map/use-load-in-view';
import { requestParks } from '../../src/store/catalog-store';
import { useUiStore } from '../../src/store/ui-store';
import { useUrlStore } from '../../src/url/url-store';
import type { Selection } from '../../src/map/camera';
import { FakeMap } from '../fixtures/fake-map';
import { goTo } from './render';
import { buildCatalog } from '../../src/catalog/catalog';
import { park, sources, square } from '../fixtures/mini-catalog';

vi.mock(import('../../src/store/catalog-store'), async (actual) => ({ ...(await actual()), requestParks: vi.fn() }));

// Two parks with an extent (a fit, not a centring), far apart.
const first = park('park-a');
const second = park('park-b', {
  projects: [],
  boundary: { geometry: square(120.3, 30.3), confidence: 'approximate', method: 'm', sources: ['src-a'] },
});
const catalog = buildCatalog([first, second], sources.sources);

describe('the camera hook drives a map through MapApi only', () => {
  it('fits a deep link at once, writes each move to the URL, and fits a later selection beside the legend', () => {
    goTo(`?park=${first.id}`);
    useUiStore.setState({ mapInsets: { legend: 0, sheet: 0 } });
    const map = new FakeMap();
    const { rerender } = renderHook(({ selection }: { selection: Selection }) => useCamera(map, catalog, selection, false), {
      initialProps: { selection: { park: first.id } },
    });
    expect(map.moves).toEqual([
      { kind: 'fit', bounds: parkBounds(first), motion: expect.objectContaining({ animate: false, padding: FIT_PADDING }) },
    ]);
    expect(useUrlStore.getState().state.map).toEqual({ zoom: 4, lat: 30, lon: 120 });

    useUiStore.getState().setMapInset('legend', 228);
    rerender({ selection: { park: second.id } });
    expect(map.moves[1]).toEqual({
      kind: 'fit',
      bounds: parkBounds(second),
      motion: expect.objectContaining({ animate: true, padding: { ...FIT_PADDING, left: 252 } }),
    });
    // The same selection again (a camera-only URL update): no move.
    rerender({ selection: { park: second.id } });
    expect(map.moves).toHaveLength(2);
  });

  it('keeps the camera of a link that carries one, and asks for the parks in view after each move', () => {
    goTo(`?park=${first.id}&map=10/44/125`);
    const map = new FakeMap();
    const [w, s, e, n] = parkBounds(second);
    map.view = [w - 0.001, s - 0.001, e + 0.001, n + 0.001];
    renderHook(() => {
      useCamera(map, catalog, { park: first.id }, true);
      useLoadInView(map, catalog);
    });
    expect(map.moves).toEqual([]);
    expect(vi.mocked(requestParks).mock.calls.at(-1)?.[0]).toContain(second.id);
    vi.mocked(requestParks).mockClear();
    map.view = [-10, -10, -9, -9];
    act(() => map.emit('moveend', { byReader: true, follow: false }));
    expect(useUrlStore.getState().state.map).toEqual({ zoom: 4, lat: 30, lon: 120 });
    expect(requestParks).not.toHaveBeenCalled();
    map.view = [100, 20, 130, 50];
    act(() => map.emit('moveend', { byReader: true, follow: false }));
    expect(vi.mocked(requestParks).mock.calls[0]?.[0]).toEqual(expect.arrayContaining(catalog.index.parks.map((p) => p.id)));
  });
});
