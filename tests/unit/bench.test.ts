import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSyntheticSite } from '../../scripts/bench/synthetic-site';
import { writeContentFloor } from '../../scripts/bench/content-floor';
import { benchBundle } from '../../scripts/bench/bundle';
import { fmtMedian, fmtRatios, median, roundRatios } from '../../scripts/bench/measure';
import { parseIndex } from '../../src/catalog/park-loader';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'bench-test-'));
  dirs.push(d);
  return d;
};
const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A stand-in for a build folder: the app, its data, and the bench's bare page. */
function fakeBuild(): string {
  const dist = temp();
  write(
    join(dist, 'index.html'),
    '<!doctype html><head><link rel="preload" href="./data/parks/real-park.json" as="fetch" crossorigin></head>',
  );
  write(join(dist, 'assets/app.js'), 'console.log("app");'.repeat(50));
  write(join(dist, 'assets/app.css'), 'body{}');
  write(join(dist, 'data/index.json'), '{"parks":[{"id":"real-park"}]}');
  write(join(dist, 'data/sources.json'), '{"sources":[]}');
  write(join(dist, 'data/parks/real-park.json'), '{}');
  write(join(dist, 'data/basemap/manifest.json'), '{}');
  write(join(dist, 'bare/index.html'), '<!doctype html>');
  write(join(dist, 'bare/assets/maplibre.js'), 'x'.repeat(100_000));
  return dist;
}

describe('bench helpers', () => {
  it('takes medians and shows their spread', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(fmtMedian([120, 100, 140])).toBe('120 ms (n=3, 100–140)');
    expect(fmtMedian([])).toBe('n/a');
  });

  it("counts the atlas build, not the bench's bare MapLibre page, against the bundle floor", () => {
    const dist = fakeBuild();
    const rows = benchBundle(dist);
    const js = rows.find((r) => r.measure === 'atlas JS (gzip)')!;
    // A few dozen bytes of app.js gzipped: the 100 kB bare bundle is not in it.
    expect(js.value).toMatch(/^0\.\d KB$/);
    expect(js.met).toBe(true);
  });

  it('puts a synthetic catalog into a copy of the build, with an index as the data plugin writes it', () => {
    const dist = fakeBuild();
    const out = join(temp(), 'synth');
    buildSyntheticSite(dist, out, { parks: 3, projectsPerPark: 2 });
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'data/basemap/manifest.json'))).toBe(true);
    expect(existsSync(join(out, 'bare'))).toBe(false);
    expect(readdirSync(join(out, 'data/parks')).sort()).toEqual([
      'synthetic-park-0.json',
      'synthetic-park-1.json',
      'synthetic-park-2.json',
    ]);
    const index = parseIndex({ file: 'data/index.json', text: readFileSync(join(out, 'data/index.json'), 'utf8') });
    expect(index.problems).toEqual([]);
    expect(index.index.parks.map((e) => [e.file, e.projects.map((p) => p.id)])).toEqual(
      [0, 1, 2].map((p) => [`parks/synthetic-park-${p}.json`, [`synthetic-park-${p}-project-0`, `synthetic-park-${p}-project-1`]]),
    );
    // The service worker precaches the synthetic files, not the real build's.
    const precache = readFileSync(join(out, 'sw-precache.js'), 'utf8');
    expect(precache).toContain('data/parks/synthetic-park-2.json');
    expect(precache).not.toContain('real-park');
    // …and index.html preloads its park files, not the real build's (3 parks: small enough to load whole).
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('real-park');
    expect(html).toContain('href="./data/parks/synthetic-park-1.json"');
  });
});

describe('content floor', () => {
  it("holds the atlas's map data for every park of the catalog", () => {
    const file = join(temp(), 'content-real.json');
    writeContentFloor('data', file);
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { features: { properties: { key: string } }[] }>;
    const parks = readdirSync('data/parks').filter((f) => f.endsWith('.json'));
    expect(data.parkPoints!.features.map((f) => f.properties.key).sort()).toEqual(parks.map((f) => f.replace(/\.json$/, '')).sort());
    expect(Object.keys(data).sort()).toEqual(['cities', 'parkPoints', 'parks', 'projects', 'uncertainty', 'zoneLabels', 'zones']);
    expect(data.projects!.features.length).toBeGreaterThan(0);
  });
});

describe('ratios taken round by round', () => {
  it('divides round i by round i, so a slow round slows both sides of its ratio alone', () => {
    // Round 2 ran on a busy machine: both sides took twice as long, and its ratio is unchanged.
    expect(roundRatios([150, 300, 160], [100, 200, 100])).toEqual([1.5, 1.5, 1.6]);
    expect(fmtRatios(roundRatios([150, 300, 160], [100, 200, 100]))).toBe('1.50× (n=3, 1.50–1.60)');
  });

  it('leaves out a round missing either side, and says n/a for none', () => {
    expect(roundRatios([150, NaN, 120], [100, 100])).toEqual([1.5]);
    expect(fmtRatios([])).toBe('n/a');
  });
});
