import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { attachInteractions } from '../../src/map/map-interactions';
import type { HoverTarget } from '../../src/store/ui-store';

/** Just enough of a map for the pointer: one feature under it, handlers kept by event name. */
function fakeMap(feature: { layer: string; properties: Record<string, unknown> } | null) {
  const handlers = new Map<string, (e: MapMouseEvent) => void>();
  const canvas = { style: { cursor: '' } };
  const map = {
    getLayer: () => ({}),
    queryRenderedFeatures: () => (feature ? [{ layer: { id: feature.layer }, properties: feature.properties, geometry: { type: 'Point', coordinates: [0, 0] } } as unknown as MapGeoJSONFeature] : []),
    getCanvas: () => canvas,
    on: (type: string, fn: (e: MapMouseEvent) => void) => handlers.set(type, fn),
    off: (type: string) => handlers.delete(type),
  } as unknown as MapLibreMap;
  const move = () => handlers.get('mousemove')!({ point: { x: 1, y: 1 } } as MapMouseEvent);
  return { map, move, canvas };
}

const hoverUnder = (feature: Parameters<typeof fakeMap>[0]) => {
  const { map, move } = fakeMap(feature);
  const seen: HoverTarget[] = [];
  attachInteractions(map, { onHover: (h) => seen.push(h), onSelect: () => undefined, zoomTo: () => undefined, fitTo: () => undefined });
  move();
  return seen;
};

// The map's pointer lights features by the same keys a link pointed at uses (store/ui-store hoverOf).
describe('pointer hover on the map', () => {
  it('keys a park, a zone (park/zone) and a project as the map state does', () => {
    expect(hoverUnder({ layer: 'atlas-park-fill', properties: { key: 'p1' } })).toEqual([{ kind: 'park', id: 'p1' }]);
    expect(hoverUnder({ layer: 'atlas-zone-fill', properties: { park: 'p1', zone: 'z1' } })).toEqual([{ kind: 'zone', id: 'p1/z1' }]);
    expect(hoverUnder({ layer: 'atlas-project-point', properties: { key: 'x' } })).toEqual([{ kind: 'project', id: 'x' }]);
  });
  it('lights nothing over a cluster or empty ground', () => {
    expect(hoverUnder({ layer: 'atlas-project-cluster', properties: { cluster_id: 3 } })).toEqual([]);
    expect(hoverUnder(null)).toEqual([]);
  });
});
