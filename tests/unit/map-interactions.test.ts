import { describe, expect, it, vi } from 'vitest';
import { attachInteractions } from '../../src/map/map-interactions';
import { drawn, FakeMap } from '../fixtures/fake-map';

/** A fake map with these features under the pixel [10, 20], and the interactions wired to spies. */
function setup(...features: ReturnType<typeof drawn>[]) {
  const map = new FakeMap();
  map.features.set('10,20', features);
  const handlers = { onHover: vi.fn(), onSelect: vi.fn(), zoomTo: vi.fn(), fitTo: vi.fn() };
  const unwire = attachInteractions(map, handlers);
  return { map, ...handlers, unwire };
}
const at = { point: [10, 20] as [number, number] };
const empty = { point: [500, 500] as [number, number] };

describe('map interactions against a fake map', () => {
  it('hovers a zone once per zone, with a pointer cursor, and clears on leaving the map', () => {
    const { map, onHover } = setup(drawn('atlas-zone-fill', { park: 'p', zone: 'z' }));
    map.emit('pointermove', at);
    map.emit('pointermove', at);
    expect(onHover.mock.calls).toEqual([[{ kind: 'zone', id: 'p/z' }]]);
    expect(map.cursor).toBe('pointer');
    map.emit('pointerleave', {});
    expect(onHover).toHaveBeenLastCalledWith(null);
    expect(map.cursor).toBe('');
  });

  it('clears the hover and the cursor over empty map', () => {
    const { map, onHover } = setup(drawn('atlas-park-fill', { key: 'p' }));
    map.emit('pointermove', at);
    map.emit('pointermove', empty);
    expect(onHover.mock.calls).toEqual([[{ kind: 'park', id: 'p' }], [null]]);
    expect(map.cursor).toBe('');
  });

  it('selects the most specific feature under a click: a project over its zone over its park', () => {
    const { map, onSelect } = setup(
      drawn('atlas-park-fill', { key: 'p' }),
      drawn('atlas-zone-fill', { park: 'p', zone: 'z' }),
      drawn('atlas-project-point', { key: 'proj' }),
    );
    map.emit('click', at);
    expect(onSelect).toHaveBeenCalledWith({ project: 'proj' });
  });

  it('selects the deepest of nested parks', () => {
    const { map, onSelect } = setup(
      drawn('atlas-park-fill', { key: 'outer', depth: 0 }),
      drawn('atlas-park-fill', { key: 'inner', depth: 1 }),
    );
    map.emit('click', at);
    expect(onSelect).toHaveBeenCalledWith({ park: 'inner' });
  });

  it('gives an uncertainty ring to its zone when it carries one, else to its park', () => {
    const ring = setup(drawn('atlas-uncertainty-fill', { key: 'p/z', park: 'p', zone: 'z' }));
    ring.map.emit('click', at);
    expect(ring.onSelect).toHaveBeenCalledWith({ park: 'p', zone: 'z' });
    const parkRing = setup(drawn('atlas-uncertainty-fill', { key: 'p' }));
    parkRing.map.emit('click', at);
    expect(parkRing.onSelect).toHaveBeenCalledWith({ park: 'p' });
  });

  it('fits a city marker’s extent and zooms into a cluster to where it splits, selecting neither', async () => {
    const city = setup(drawn('atlas-city-cluster', { west: 125, south: 43, east: 126, north: 44 }));
    city.map.emit('pointermove', at);
    expect(city.map.cursor).toBe('zoom-in');
    expect(city.onHover).not.toHaveBeenCalled();
    city.map.emit('click', at);
    expect(city.fitTo).toHaveBeenCalledWith([125, 43, 126, 44]);

    const cluster = setup(drawn('atlas-project-cluster', { cluster: true, cluster_id: 7 }, [125.4, 44]));
    cluster.map.clusters.set(7, 13.5);
    cluster.map.emit('click', at);
    await vi.waitFor(() => expect(cluster.zoomTo).toHaveBeenCalledWith([125.4, 44], 13.5));
    expect(cluster.onSelect).not.toHaveBeenCalled();
  });

  it('asks only the clickable layers, and ignores features of other layers', () => {
    const { map, onSelect } = setup(drawn('basemap-roads', { key: 'road' }));
    map.emit('click', at);
    expect(onSelect).not.toHaveBeenCalled();
    expect(map.picks[0]?.layers).toContain('atlas-zone-fill');
    expect(map.picks[0]?.layers).not.toContain('basemap-roads');
  });

  it('unwires every listener it added', () => {
    const { map, unwire, onSelect } = setup(drawn('atlas-park-fill', { key: 'p' }));
    expect(map.listenerCount()).toBe(3);
    unwire();
    expect(map.listenerCount()).toBe(0);
    map.emit('click', at);
    expect(onSelect).not.toHaveBeenCalled();
  });
});
