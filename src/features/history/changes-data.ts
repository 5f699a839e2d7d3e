import { useEffect, useState } from 'react';
import { ChangesFileSchema, ChangesIndexSchema, type ChangesFile } from '../../catalog/schema';

/**
 * The change records the build writes (scripts/vite-plugin-history.ts), fetched only when a panel
 * or "What's new" shows them — never in the first view — and kept for the session. A catalog
 * with no release has no such files: that is "no history", not an error.
 */
export type Loaded =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'error'; message: string }
  | { status: 'ok'; file: ChangesFile & { parks?: string[] } };

const cache = new Map<string, Promise<Loaded>>();

async function fetchChanges(path: string): Promise<Loaded> {
  // The index first (one small file a session): a catalog with no release, or a park without
  // changes, has no file to ask for, and a request for a missing file is an error in the console.
  if (path !== INDEX_PATH) {
    const index = await loadChanges(INDEX_PATH);
    if (index.status !== 'ok') return index;
    const park = /^changes\/parks\/(.+)\.json$/.exec(path)?.[1];
    if (park && !index.file.parks?.includes(park)) return { status: 'ok', file: { releases: index.file.releases, changes: [] } };
  }
  try {
    const response = await fetch(new URL(path, document.baseURI), { cache: 'no-cache' });
    if (response.status === 404) return { status: 'none' };
    if (!response.ok) return { status: 'error', message: `${path}: HTTP ${response.status}` };
    const json: unknown = await response.json();
    const parsed =
      path === INDEX_PATH
        ? ChangesIndexSchema.transform((i) => ({ ...i, changes: [] })).safeParse(json)
        : ChangesFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { status: 'error', message: `${path} $.${issue.path.join('.')}: ${issue.message}` };
    }
    if (!parsed.data.releases.length) return { status: 'none' };
    return { status: 'ok', file: parsed.data };
  } catch (error) {
    return { status: 'error', message: `${path}: ${(error as Error).message}` };
  }
}

export const parkChangesPath = (parkId: string) => `changes/parks/${parkId}.json`;
export const LATEST_PATH = 'changes/latest.json';
const INDEX_PATH = 'changes/index.json';

export function loadChanges(path: string): Promise<Loaded> {
  let promise = cache.get(path);
  if (!promise) {
    promise = fetchChanges(path);
    cache.set(path, promise);
  }
  return promise;
}

export function useChanges(path: string | undefined): Loaded {
  const [loaded, setLoaded] = useState<{ path?: string; value: Loaded }>({ value: { status: 'loading' } });
  useEffect(() => {
    if (!path) return;
    let live = true;
    void loadChanges(path).then((value) => {
      if (live) setLoaded({ path, value });
    });
    return () => {
      live = false;
    };
  }, [path]);
  return loaded.path === path ? loaded.value : { status: 'loading' };
}
