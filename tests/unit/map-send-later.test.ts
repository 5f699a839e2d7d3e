import type { Feature } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AtlasController, type MapState } from '../../src/map/atlas-controller';
import { emptyAtlasData, type AtlasData } from '../../src/map/layers/atlas-data';
import { SOURCE } from '../../src/map/layers/expressions';

/**
 * The MapLibre surface the controller touches when data changes, recording what each source is sent.
 * As MapLibre's, getSource and getLayer throw while the map has no style (it is made without one).
 */
function fakeMap({ styled = true } = {}) {
  const handlers = new Map<string, () => void>();
  const sent: { source: string; how: 'setData' | 'updateData'; features: number }[] = [];
  const source = (id: string) => ({
    setData: (d: { features: unknown[] }) => (sent.push({ source: id, how: 'setData', features: d.features.length }), Promise.resolve()),
    updateData: (d: { add: unknown[] }) => (sent.push({ source: id, how: 'updateData', features: d.add.length }), Promise.resolve()),
  });
  const map = {
    style: styled ? {} : undefined,
    setMissingStyleImageResolver: () => {},
    on: (name: string, fn: () => void) => handlers.set(name, fn),
    getSource: (id: string) => {
      if (!map.style) throw new TypeError("Cannot read properties of undefined (reading 'getSource')");
      return Object.values(SOURCE).includes(id as never) ? source(id) : undefined;
    },
    getLayer: (id: string) => {
      if (!map.style) throw new TypeError("Cannot read properties of undefined (reading 'getLayer')");
      return id.startsWith('atlas-') ? { id } : undefined;
    },
    queryRenderedFeatures: () => [],
    setFeatureState: () => {},
    getStyle: () => (map.style ? { layers: [] } : undefined),
    triggerRepaint: () => {},
    isMoving: () => false,
  };
  return { map: map as unknown as MapLibreMap, sent, fire: (name: string) => handlers.get(name)?.() };
}

const points = (n: number, from = 0): Feature[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [110, 30] },
    properties: { key: `p${from + i}`, status: 'signed' },
  }));
const withProjects = (features: Feature[], base = emptyAtlasData()): AtlasData => ({
  ...base,
  projects: { type: 'FeatureCollection', features },
});

describe("the map's data: a large change is posted to the worker after the input's frame is painted", () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const paint = () => {
    for (const cb of frames.splice(0)) cb(0);
  };

  function loaded() {
    const fake = fakeMap();
    const states: MapState[] = [];
    const controller = new AtlasController(fake.map, (s) => states.push(s));
    const start = withProjects(points(3000));
    controller.setData(start, true);
    fake.fire('style.load');
    paint();
    vi.runOnlyPendingTimers();
    expect(fake.sent.map((s) => s.source).sort()).toEqual(Object.values(SOURCE).sort());
    fake.sent.length = 0;
    return { ...fake, states, controller, start };
  }

  it('sends a small change at once', () => {
    const { controller, sent, start } = loaded();
    controller.setData(withProjects([...start.projects.features, ...points(10, 5000)], start), true);
    expect(sent).toEqual([{ source: SOURCE.projects, how: 'updateData', features: 10 }]);
  });

  it('holds a large one until the frame is painted, saying `loading` at once, and sends only the latest', () => {
    const { controller, sent, states, start } = loaded();
    const bigger = withProjects([...start.projects.features, ...points(2500, 5000)], start);
    controller.setData(bigger, true);
    expect(states.at(-1)).toBe('loading');
    expect(controller.ready).toBe(false);
    // A second change before the frame: still one send, of what the map should show last.
    const latest = withProjects([...bigger.projects.features, ...points(5, 9000)], start);
    controller.setData(latest, true);
    vi.advanceTimersByTime(50);
    expect(sent).toEqual([]);
    paint();
    vi.advanceTimersByTime(0);
    expect(sent).toEqual([{ source: SOURCE.projects, how: 'updateData', features: 2505 }]);
    expect(controller.ready).toBe(true);
  });

  it('still sends it when no frame is painted (a hidden tab)', () => {
    const { controller, sent, start } = loaded();
    controller.setData(withProjects([...start.projects.features, ...points(2500, 5000)], start), true);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
    paint();
    vi.runAllTimers();
    expect(sent).toHaveLength(1);
  });
});

describe('a map made without a style (it gets one with the catalog)', () => {
  it('takes data, flags and queries before it has one, and sends the data when the style comes', async () => {
    const fake = fakeMap({ styled: false });
    const controller = new AtlasController(fake.map, () => {});
    controller.setData(withProjects(points(3)), true);
    controller.setFlags([{ source: SOURCE.projects, id: 'p1', flag: 'selected' }]);
    expect(controller.pick(['atlas-projects'])).toEqual([]);
    await expect(controller.sourceFeatures(SOURCE.projects)).resolves.toEqual([]);
    expect(fake.sent).toEqual([]);
    (fake.map as unknown as { style: object }).style = {};
    fake.fire('style.load');
    expect(fake.sent.map((s) => s.source)).toContain(SOURCE.projects);
  });
});
