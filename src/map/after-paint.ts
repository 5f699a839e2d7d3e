/**
 * Runs `task` after the browser has painted the next frame: a task queued from inside a
 * requestAnimationFrame callback runs once that frame is on screen. A page that paints no
 * frames (a hidden tab) still gets it, from the timer. Returns a cancel: the task then never runs.
 */
export function afterPaint(task: () => void, fallbackMs = 200): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(once, fallbackMs);
  const frame = requestAnimationFrame(() => setTimeout(once, 0));
  return () => {
    done = true;
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
  };
}

/**
 * Runs `task` once the page's first contentful paint is on screen (paint timing): text drawn, not
 * only backgrounds. Where paint timing is missing it falls back to afterPaint; when no paint comes
 * within `fallbackMs`, the timer runs it.
 */
export function afterFirstContentfulPaint(task: () => void, fallbackMs = 1000): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    afterPaint(task);
    return;
  }
  let done = false;
  const go = (list?: PerformanceObserverEntryList) => {
    if (done || (list && !list.getEntriesByName('first-contentful-paint').length)) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    task();
  };
  const observer = new PerformanceObserver(go);
  observer.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(() => go(), fallbackMs);
}
