import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapAdapter } from '../../src/map/map-adapter';

/** A MapLibre map as far as a snapshot reaches: `render` events, repaint and the canvas. */
function fakeMap() {
  let frames = 0;
  let listeners: (() => void)[] = [];
  const map = {
    once: (_type: 'render', listener: () => void) => listeners.push(listener),
    off: (_type: 'render', listener: () => void) => (listeners = listeners.filter((l) => l !== listener)),
    triggerRepaint: vi.fn(),
    getCanvas: () => ({ toDataURL: () => `data:image/png;base64,frame-${frames}` }),
  };
  /** One frame ends: MapLibre fires `render` once its painter has run. */
  const frame = () => {
    frames++;
    const now = listeners;
    listeners = [];
    now.forEach((l) => l());
  };
  return { adapter: new MapAdapter(map as unknown as MapLibreMap), map, frame };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("print's snapshot of the map", () => {
  it('reads the canvas in the next frame it asks for', async () => {
    const { adapter, map, frame } = fakeMap();
    const shot = adapter.snapshot();
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
    frame();
    await expect(shot).resolves.toBe('data:image/png;base64,frame-1');
  });

  it('waits past frames that run but are not drawn yet (a new map holding its first frame)', async () => {
    const { adapter, frame } = fakeMap();
    let drawn = false;
    const shot = adapter.snapshot(() => drawn);
    frame();
    frame();
    drawn = true;
    frame();
    await expect(shot).resolves.toBe('data:image/png;base64,frame-3');
  });

  it('gives null when no drawn frame comes in time', async () => {
    vi.useFakeTimers();
    const { adapter, frame } = fakeMap();
    const shot = adapter.snapshot(() => false, 500);
    frame();
    vi.advanceTimersByTime(500);
    await expect(shot).resolves.toBeNull();
  });
});
