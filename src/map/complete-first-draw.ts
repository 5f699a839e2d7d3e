/**
 * The parts of MapLibre's map this reaches into. `painter` is not public API:
 * tests/unit/complete-first-draw.test.ts checks that the installed bundle still draws each frame
 * through `this.painter.render(this.style, …)`, so an upgrade that changes it is looked at.
 */
type Render = (style: { loaded(): boolean }, ...rest: unknown[]) => void;
type Internals = {
  painter?: { render?: Render };
  style?: { loaded(): boolean };
};
/** What MapLibre's map offers in public that this uses. */
type MapLike = {
  triggerRepaint(): void;
  on(type: 'data', listener: () => void): unknown;
  off(type: 'data', listener: () => void): unknown;
};

/** How long a new map waits at most for its style before it draws what it has. */
export const FIRST_DRAW_MAX_MS = 3000;

export type FirstDraw = { stop: () => void; drawn: () => boolean };

export type FirstDrawOptions = {
  /** Longest the map waits for its sources before it draws what it has (a slow or failing source). */
  maxMs?: number;
  now?: () => number;
  later?: (task: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
};

/**
 * Makes a new map's first drawn frame its whole first view. MapLibre draws a full frame each time
 * a source's tiles arrive, so the atlas's first view came in up to five frames (6, 3, 9, 49 and
 * 67 draw calls in one trace: sea and land, borders, then the atlas's labels). Where WebGL is
 * software-rendered each full frame costs 0.2–0.4 s of the main thread, and the labels' glyphs,
 * drawn on the main thread too, waited behind them (issue 13's closing note has the A/B).
 * Until the style is loaded, or `maxMs` has passed, MapLibre runs its frames (tiles, placement)
 * but does not draw them: the map's container shows its land colour meanwhile, as it did before
 * the map was made. Later frames (panning, another language or basemap) are drawn as they come.
 * Returns what ends the wait early (the map is removed), and whether frames are drawn yet (print
 * reads the canvas after a frame: map-adapter.ts's snapshot).
 */
export function drawFirstFrameComplete(map: MapLike, options: FirstDrawOptions = {}): FirstDraw {
  const m = map as MapLike & Internals;
  const painter = m.painter;
  const draw = painter?.render;
  // A MapLibre without the painter this expects: its frames are drawn as they come.
  if (!painter || typeof draw !== 'function') return { stop: () => {}, drawn: () => true };
  const {
    maxMs = FIRST_DRAW_MAX_MS,
    now = () => performance.now(),
    later = setTimeout,
    cancel = (h) => clearTimeout(h as number),
  } = options;
  const until = now() + maxMs;
  let open = false;
  let check: unknown;
  const release = (repaint: boolean) => {
    if (open) return;
    open = true;
    cancel(deadline);
    cancel(check);
    map.off('data', onData);
    painter.render = draw;
    if (repaint) map.triggerRepaint();
  };
  painter.render = function (this: unknown, style, ...rest) {
    if (!style.loaded() && now() < until) return;
    release(false);
    draw.call(painter, style, ...rest);
  };
  // MapLibre asks for a frame when tiles arrive, and the frame that came with the last of them
  // may have found the style still settling (a source's update in flight): after each arrival,
  // once the event is over, a loaded style gets the frame it waits for.
  const onData = () => {
    cancel(check);
    check = later(() => {
      if (m.style?.loaded()) release(true);
    }, 0);
  };
  map.on('data', onData);
  // Declared last, used by release() only once this has returned.
  const deadline = later(() => release(true), maxMs);
  return { stop: () => release(false), drawn: () => open };
}
