import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { diffReleases } from '../src/catalog/history-diff';
import { formatRelease } from '../src/catalog/history-snapshot';
import { readReleases, snapshotOf } from './history-releases';
import { writeReleasedIds } from './release-ids';

/**
 * `npm run release -- <slug> --note "what this release brings"`: records data/releases/<date>-<slug>.json,
 * the snapshot of every fact (src/catalog/history-snapshot.ts), and the released ids. The build
 * derives the change records and feeds from consecutive releases.
 * `npm run release -- --unreleased`: lists what the catalog changes since the last release, writes nothing.
 * `--from-git <commit>` releases the catalog as it stood at that commit (with `--date`, its time).
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const slug = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const data = resolve('data');
const releases = readReleases(data);
const last = releases.at(-1);

if (args.includes('--unreleased')) {
  const now = snapshotOf(data, {
    release: '9999-12-31-unreleased',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    note: 'unreleased',
  });
  const changes = diffReleases(last, now);
  for (const c of changes)
    console.log(
      `${c.kind.padEnd(18)} ${c.entity}${c.field ? ` ${c.field}` : ''}${c.from ? ` from ${c.from.value}` : ''}${c.to ? ` to ${c.to.value}` : ''}`,
    );
  console.log(`${changes.length} unreleased change(s) since ${last?.release ?? 'no release'}`);
  process.exit(0);
}

const note = option('note');
if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || !note)
  throw new Error('usage: npm run release -- <kebab-slug> --note "…" [--from-git <commit> --date <RFC 3339>]');
const date = option('date') ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const commit = option('from-git');
let dir = data;
if (commit) {
  // The catalog as committed: its files only, into a scratch folder (the working tree is not touched).
  dir = mkdtempSync(join(tmpdir(), 'atlas-release-'));
  execFileSync('sh', [
    '-c',
    `git archive ${JSON.stringify(commit)} data/parks data/sources.json data/redirects.json | tar -x -C ${JSON.stringify(dir)}`,
  ]);
  dir = join(dir, 'data');
}
const release = `${date.slice(0, 10)}-${slug}`;
const snap = snapshotOf(dir, { release, date, note, ...(commit ? { from: `git ${commit}` } : {}) });
if (commit) rmSync(resolve(dir, '..'), { recursive: true, force: true });
mkdirSync(join(data, 'releases'), { recursive: true });
const file = join(data, 'releases', `${release}.json`);
writeFileSync(file, formatRelease(snap));
const changes = diffReleases(releases.filter((r) => r.release !== release && r.date < date).at(-1), snap);
console.log(
  `${file}: ${snap.entities.length} entities, ${snap.facts.length} facts, ${statSync(file).size} bytes; ${changes.length} change(s) since the release before`,
);
if (!commit) console.log(writeReleasedIds(release));
