import type { Plugin } from 'vite';

/**
 * MapLibre 6.17 draws every frame in which new symbol tiles arrive twice when `fadeDuration` is 0
 * (src/map/map-options.ts sets it for every reader). `Style._updatePlacement` forces a full
 * placement then, which places every label of the new tiles in that same frame and commits it,
 * and afterwards still marks it stale, "since the placement gets split over multiple frames", so
 * MapLibre asks for one more frame that places the same labels again and draws the same picture.
 * A full placement is never split, so only a placement begun in an earlier frame can be stale.
 *
 * Where WebGL is drawn in software a full frame costs 0.2–0.4 s, and the repeat comes before
 * `idle`: on the atlas's first view it was the last 0.4 s of first idle (scratch frame log, issue 13's note).
 * This rewrites the one condition in MapLibre's bundle to `symbolBucketsChanged && !forceFullPlacement`.
 * Upstream: maplibre/maplibre-gl-js PR #8208 made placement skip unchanged inputs but kept this
 * line; no upstream issue found for it. The build fails when the line is not found exactly once,
 * so an upgrade that changes it (or fixes it) is looked at, not silently unpatched. Builds only:
 * `npm run dev` serves MapLibre as its dependency optimizer bundles it, with the repeated frame.
 */
// Minified: `new iO(e,this.map.terrain,this._order,i,...)` names forceFullPlacement (i); the stale
// line is `a&&this.pauseablePlacement.placement.setStale()` (a: symbolBucketsChanged).
const NEW_PLACEMENT = /new [\w$]+\([\w$]+,this\.map\.terrain,this\._order,([\w$]+),/g;
const STALE = /([\w$]+)&&this\.pauseablePlacement\.placement\.setStale\(\)/g;

export function patchPlacement(code: string): string {
  const force = [...code.matchAll(NEW_PLACEMENT)];
  const stale = [...code.matchAll(STALE)];
  if (force.length !== 1 || stale.length !== 1) {
    throw new Error(
      `maplibre-placement: expected MapLibre's placement lines once each, found ${force.length} and ${stale.length}: ` +
        'MapLibre changed; check whether its double frame after new symbol tiles remains (scripts/vite-plugin-maplibre-placement.ts)',
    );
  }
  const forceName = force[0]![1]!;
  return code.replace(STALE, (_m, changed: string) => `${changed}&&!${forceName}&&this.pauseablePlacement.placement.setStale()`);
}

/** MapLibre's main bundle (its worker, a file of its own, has no placement). */
const MAPLIBRE_BUNDLE = /[\\/]node_modules[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.mjs(\?.*)?$/;

export function maplibrePlacement(): Plugin {
  return {
    name: 'atlas-maplibre-placement',
    apply: 'build',
    transform: { filter: { id: MAPLIBRE_BUNDLE }, handler: (code) => ({ code: patchPlacement(code), map: null }) },
  };
}
