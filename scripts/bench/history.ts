import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { diffReleases } from '../../src/catalog/history-diff';
import { formatRelease, snapshot } from '../../src/catalog/history-snapshot';
import type { Release, SnapshotFact } from '../../src/catalog/schema';
import { syntheticCatalog } from '../generate-synthetic';
import { readReleases } from '../history-releases';
import { historyFiles } from '../vite-plugin-history';
import { fmtMs, timeIt, type Row } from './measure';

/**
 * History (issue 17, `npm run bench -- history`): the size of each release's snapshot and the
 * time the build takes to derive its changes and feeds, for the real catalog and for the synthetic
 * one (2,500 parks, 100,000 projects) with a second release in which 1% of the facts changed.
 */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (text: string) => `${kb(Buffer.byteLength(text))} (gzip ${kb(gzipSync(text).length)})`;

/** Every 100th fact changed: its value revised, or (every other one) a source added. */
function changedRelease(release: Release): Release {
  const facts = release.facts.map((f, i): SnapshotFact => {
    if (i % 100 !== 50) return f;
    if (i % 200 === 50) return [f[0], f[1], typeof f[2] === 'number' ? f[2] * 1.1 : `${f[2]}-01`, f[3], f[4], f[5], f[6]];
    return [f[0], f[1], f[2], f[3], f[4], f[5], [...f[6], 'synthetic-source-2']];
  });
  return { ...release, release: '2026-02-01-synthetic-b', date: '2026-02-01T00:00:00Z', facts };
}

export function benchHistory(): Row[] {
  const S = 'history';
  const rows: Row[] = [];
  const data = resolve('data');
  const releases = readReleases(data);
  for (const r of releases) {
    const bytes = statSync(join(data, 'releases', `${r.release}.json`)).size;
    rows.push({
      section: S,
      measure: `real release ${r.release}: ${r.entities.length} entities, ${r.facts.length} facts`,
      value: sizes(formatRelease(r)),
      ratio: `${(bytes / r.facts.length).toFixed(0)} B/fact on disk`,
    });
  }
  const parks =
    releases
      .at(-1)
      ?.entities.filter((e) => e[0].startsWith('park:'))
      .map((e) => e[1]) ?? [];
  const real = timeIt(() => historyFiles(releases, parks), 10);
  const realChanges = releases.slice(1).reduce((n, r, i) => n + diffReleases(releases[i], r).length, 0);
  rows.push({
    section: S,
    measure: `real: diff ${releases.length} releases + write ${real.result.size} change files and feeds (${realChanges} changes)`,
    value: fmtMs(real.ms),
  });

  const { parks: synth } = syntheticCatalog({ parks: 2500, projectsPerPark: 40 });
  const snap = timeIt(() => snapshot(synth, [], { release: '2026-01-01-synthetic-a', date: '2026-01-01T00:00:00Z', note: 'synthetic' }), 3);
  const a = snap.result;
  const b = changedRelease(a);
  rows.push({ section: S, measure: `synthetic snapshot (2,500 parks, 100,000 projects): ${a.facts.length} facts`, value: fmtMs(snap.ms) });
  rows.push({ section: S, measure: 'synthetic release file size, per release', value: sizes(formatRelease(a)) });
  const diff = timeIt(() => diffReleases(a, b), 3);
  rows.push({ section: S, measure: `synthetic diff, 1% of facts changed (${diff.result.length} changes)`, value: fmtMs(diff.ms) });
  const built = timeIt(
    () =>
      historyFiles(
        [a, b],
        synth.map((p) => p.id),
      ),
    3,
  );
  const bytes = [...built.result.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  rows.push({
    section: S,
    measure: `synthetic build: diff + ${built.result.size} change files and Atom feeds (${kb(bytes)} in all)`,
    value: fmtMs(built.ms),
  });
  return rows;
}
