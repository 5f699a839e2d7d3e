import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/app/after-first-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('work that waits for the first paint', () => {
  it('runs once, after the next animation frame has been painted, not before', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(0);
    expect(run).not.toHaveBeenCalled();
    frames.shift()!(0); // the frame's callbacks, before its paint
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0); // the task after the paint
    expect(run).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledOnce();
  });

  it('does not wait for a frame a hidden tab will not get', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledOnce();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const hidden = vi.fn();
    afterFirstPaint(hidden);
    expect(hidden).toHaveBeenCalledOnce();
  });
});
