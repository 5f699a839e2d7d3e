import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { diffReleases } from '../src/catalog/history-diff.ts';
import { atomFeed } from '../src/catalog/history-feed.ts';
import type { Change, ChangesFile, ChangesIndex, Release } from '../src/catalog/schema';
import { readReleases, snapshotOf } from './history-releases.ts';

/**
 * History (issue 17): from the releases in data/releases/ the build derives the change records
 * between each release and the one before, and writes them as static files the atlas fetches
 * only when a panel or the "What's new" view asks (never in the first view):
 * - changes/index.json: the releases, and which parks have changes (so no panel asks for a file that is not there);
 * - changes/latest.json: the releases, and the latest release's changes (the "What's new" view);
 * - changes/parks/<id>.json: every change of a park and its zones and projects (panels), for a park with any;
 * - feeds/atlas.xml and feeds/<park-id>.xml: the same as Atom feeds ("Follow this park").
 * A catalog with no release gets only an index with no releases; the atlas then shows no history.
 */
export const CATALOG_FEED = 'feeds/atlas.xml';

const parkOfKey = (key: string) => key.replace(/^[a-z]+:/, '').split('/')[0]!;

export function releaseChanges(releases: readonly Release[]): Change[][] {
  return releases.map((release, i) => diffReleases(releases[i - 1], release));
}

export function historyFiles(releases: readonly Release[], parkIds: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  const latest = releases.at(-1);
  if (!latest) {
    files.set('changes/index.json', JSON.stringify({ releases: [], parks: [] } satisfies ChangesIndex));
    return files;
  }
  const perRelease = releaseChanges(releases);
  const summary = releases.map((r, i) => ({ release: r.release, date: r.date, note: r.note, changes: perRelease[i]!.length })).reverse();
  const all = perRelease.flat().reverse();
  const file = (changes: Change[]): string => JSON.stringify({ releases: summary, changes } satisfies ChangesFile);
  files.set('changes/latest.json', file(perRelease.at(-1)!));
  const byPark = new Map<string, Change[]>(parkIds.map((id) => [id, []]));
  for (const c of all) {
    for (const park of new Set([c.park, ...(c.redirect ? [parkOfKey(c.redirect)] : [])])) byPark.get(park)?.push(c);
  }
  const names = new Map(latest.entities.map((e) => [e[0], e[2]]));
  files.set(
    CATALOG_FEED,
    atomFeed({
      names,
      name: 'atlas',
      title: 'Pharma Parks Atlas: changes',
      subtitle: 'Every recorded change to the catalog, by release.',
      changes: all,
      updated: latest.date,
      self: 'atlas.xml',
      alternate: '../',
    }),
  );
  for (const [id, changes] of byPark) {
    if (changes.length) files.set(`changes/parks/${id}.json`, file(changes));
    files.set(
      `feeds/${id}.xml`,
      atomFeed({
        names,
        name: `park ${id}`,
        title: `Pharma Parks Atlas: ${names.get(`park:${id}`) ?? id}`,
        subtitle: 'Recorded changes to this park, its zones and its projects.',
        changes,
        updated: latest.date,
        self: `${id}.xml`,
        alternate: `../?park=${id}`,
      }),
    );
  }
  files.set(
    'changes/index.json',
    JSON.stringify({ releases: summary, parks: [...byPark].filter(([, c]) => c.length).map(([id]) => id) } satisfies ChangesIndex),
  );
  return files;
}

const parkIdsOf = (dataDir: string) => {
  const dir = join(dataDir, 'parks');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];
};

export function atlasHistory(dataDir = resolve('data')): Plugin {
  let base = './';
  let building = false;
  let built: Map<string, string> | undefined;
  const files = () => (built ??= historyFiles(readReleases(dataDir), parkIdsOf(dataDir)));
  return {
    name: 'atlas-history',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    buildStart() {
      built = undefined;
      const releases = readReleases(dataDir);
      const last = releases.at(-1);
      // For curators: what the catalog changes since its last release (`npm run release -- --unreleased` lists it).
      if (last && building) {
        try {
          const pending = diffReleases(
            last,
            snapshotOf(dataDir, { release: '9999-12-31-unreleased', date: new Date().toISOString(), note: 'unreleased' }),
          );
          if (pending.length)
            this.warn(`${pending.length} unreleased change(s) since ${last.release}: npm run release -- --unreleased lists them`);
        } catch {
          /* an invalid catalog is reported by the data plugin, by file and path */
        }
      }
    },
    transformIndexHtml() {
      if (!files().has(CATALOG_FEED)) return [];
      return [
        {
          tag: 'link',
          attrs: { rel: 'alternate', type: 'application/atom+xml', title: 'Pharma Parks Atlas: changes', href: `${base}${CATALOG_FEED}` },
          injectTo: 'head' as const,
        },
      ];
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        if (!/^(changes|feeds)\//.test(path)) return next();
        built = undefined;
        const text = files().get(path);
        res.setHeader('Content-Type', path.endsWith('.xml') ? 'application/atom+xml; charset=utf-8' : 'application/json; charset=utf-8');
        if (text === undefined) {
          res.statusCode = 404;
          return res.end('');
        }
        res.end(text);
      });
    },
    generateBundle() {
      for (const [fileName, source] of files()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
