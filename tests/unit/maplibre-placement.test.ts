import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchPlacement } from '../../scripts/vite-plugin-maplibre-placement';

// The file bundlers import (package.json exports "." import).
const manifest = createRequire(import.meta.url).resolve('maplibre-gl/package.json');
const bundlePath = join(
  dirname(manifest),
  (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: { '.': { import: string } } }).exports['.'].import,
);
const bundle = readFileSync(bundlePath, 'utf8');
const PATCHED = /([\w$]+)&&!([\w$]+)&&this\.pauseablePlacement\.placement\.setStale\(\)/g;
const FORCE = /new [\w$]+\([\w$]+,this\.map\.terrain,this\._order,([\w$]+),/;

describe("the build's MapLibre marks a placement stale only when it was begun in an earlier frame", () => {
  it('rewrites the one stale line of the installed MapLibre bundle, with its own name for forceFullPlacement', () => {
    expect(bundlePath).toMatch(/maplibre-gl[\\/]dist[\\/]maplibre-gl\.mjs$/);
    const out = patchPlacement(bundle);
    const hits = [...out.matchAll(PATCHED)];
    expect(hits).toHaveLength(1);
    expect(hits[0]![2]).toBe(bundle.match(FORCE)![1]);
    // Nothing else changed: the output is the input with `!<name>&&` inserted once.
    expect(out.replace(`&&!${hits[0]![2]}&&this.pauseablePlacement`, '&&this.pauseablePlacement')).toBe(bundle);
  });

  it('fails the build with a message naming the plugin when MapLibre no longer has the lines', () => {
    expect(() => patchPlacement('export const x = 1;')).toThrow(/found 0 and 0.*vite-plugin-maplibre-placement/);
    const twice =
      'new A(e,this.map.terrain,this._order,i,t);a&&this.pauseablePlacement.placement.setStale();b&&this.pauseablePlacement.placement.setStale()';
    expect(() => patchPlacement(twice)).toThrow(/found 1 and 2/);
  });
});
