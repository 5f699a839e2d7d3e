import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { drawFirstFrameComplete } from '../../src/map/complete-first-draw';

/** A MapLibre map as far as drawFirstFrameComplete reaches: painter, style, `data` events, repaint. */
function fakeMap() {
  const state = { loaded: false, t: 0, timers: new Map<number, { task: () => void; at: number }>(), next: 1 };
  const drawn: number[] = [];
  const listeners = new Set<() => void>();
  const style = { loaded: () => state.loaded };
  const painter = {
    render(this: unknown, s: typeof style, at: number) {
      expect(this).toBe(painter);
      expect(s).toBe(style);
      drawn.push(at);
    },
  };
  const map = {
    painter,
    style,
    triggerRepaint: vi.fn(),
    on: (_type: 'data', listener: () => void) => listeners.add(listener),
    off: (_type: 'data', listener: () => void) => listeners.delete(listener),
  };
  const options = {
    maxMs: 1000,
    now: () => state.t,
    later: (task: () => void, ms: number) => {
      state.timers.set(state.next, { task, at: state.t + ms });
      return state.next++;
    },
    cancel: (handle: unknown) => state.timers.delete(handle as number),
  };
  /** One map frame as MapLibre's _render ends it: painter.render(style, …). */
  const frame = (at: number) => map.painter.render(style, at);
  /** Time passes to `t`: the timers due run. */
  const advance = (t: number) => {
    state.t = t;
    for (const [id, timer] of [...state.timers]) {
      if (timer.at > t) continue;
      state.timers.delete(id);
      timer.task();
    }
  };
  const tileArrives = () => [...listeners].forEach((l) => l());
  return { state, drawn, map, options, frame, advance, tileArrives, listeners };
}

describe('a new map draws its first frame once its style is loaded', () => {
  it('skips drawing while the style loads, then draws every frame from the first loaded one', () => {
    const { state, drawn, map, options, frame } = fakeMap();
    const first = drawFirstFrameComplete(map, options);
    frame(1);
    frame(2);
    expect(drawn).toEqual([]);
    expect(first.drawn()).toBe(false);
    state.loaded = true;
    frame(3);
    expect(first.drawn()).toBe(true);
    // Once drawn, frames are drawn whatever the style's state (new tiles while panning).
    state.loaded = false;
    frame(4);
    expect(drawn).toEqual([3, 4]);
  });

  it('asks for a frame when the style is loaded after a tile arrives, and stops listening then', () => {
    const { state, drawn, map, options, frame, advance, tileArrives, listeners } = fakeMap();
    drawFirstFrameComplete(map, options);
    frame(1);
    tileArrives();
    advance(1);
    expect(map.triggerRepaint).not.toHaveBeenCalled();
    state.loaded = true;
    tileArrives();
    // Not within the event: MapLibre has not finished handling the arrival yet.
    expect(map.triggerRepaint).not.toHaveBeenCalled();
    advance(2);
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
    expect(state.timers.size).toBe(0);
    frame(2);
    expect(drawn).toEqual([2]);
  });

  it('draws what it has once maxMs has passed (a source that never loads)', () => {
    const { state, drawn, map, options, frame, advance } = fakeMap();
    drawFirstFrameComplete(map, options);
    advance(999);
    frame(1);
    expect(drawn).toEqual([]);
    // A frame past the deadline draws, even before the deadline's timer has run (a throttled tab).
    state.t = 1000;
    frame(2);
    expect(drawn).toEqual([2]);
    expect(state.timers.size).toBe(0);
    expect(map.triggerRepaint).not.toHaveBeenCalled();
  });

  it('asks for the late frame itself when nothing arrives after maxMs', () => {
    const { map, options, advance, listeners } = fakeMap();
    drawFirstFrameComplete(map, options);
    advance(1000);
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });

  it('stops waiting when the map is removed, and leaves MapLibre its own drawing', () => {
    const { state, drawn, map, options, frame, listeners } = fakeMap();
    const own = map.painter.render;
    drawFirstFrameComplete(map, options).stop();
    expect(map.painter.render).toBe(own);
    expect(listeners.size).toBe(0);
    expect(state.timers.size).toBe(0);
    expect(map.triggerRepaint).not.toHaveBeenCalled();
    frame(1);
    expect(drawn).toEqual([1]);
  });

  it('changes nothing on a map without the painter it expects', () => {
    const map = { triggerRepaint: vi.fn(), on: vi.fn(), off: vi.fn() };
    expect(drawFirstFrameComplete(map).drawn()).toBe(true);
    expect(() => drawFirstFrameComplete(map).stop()).not.toThrow();
    expect(map.on).not.toHaveBeenCalled();
  });

  it('matches the installed MapLibre: each frame is drawn through this.painter.render(this.style, …)', () => {
    // The file bundlers import (package.json exports "." import).
    const manifest = createRequire(import.meta.url).resolve('maplibre-gl/package.json');
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: { '.': { import: string } } };
    const bundle = readFileSync(join(dirname(manifest), pkg.exports['.'].import), 'utf8');
    expect(bundle.split('this.painter.render(this.style,')).toHaveLength(2);
    expect(bundle).toMatch(/this\.painter=new [\w$]+\(/);
  });
});
