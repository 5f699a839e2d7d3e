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
