/** Longest wait for an animation frame: a tab hidden meanwhile gets none until it is shown. */
const FRAME_WAIT_MS = 1000;

/**
 * Runs `run` once the page has had a frame to paint what is already rendered (the rAF callback
 * comes before that frame's paint, the timeout after it). The catalog's and basemap's files are
 * preloaded by index.html and have often arrived by the time the app's script runs: reading them
 * at once kept the main thread busy from the script's start to the map's creation, and the
 * page's first paint (the app's frame) waited ~2 s for all of it on Lighthouse's phone.
 */
export function afterFirstPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return once();
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, FRAME_WAIT_MS);
}
