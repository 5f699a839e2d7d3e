import { useEffect, useState } from 'react';
import { ChangesFileSchema, type ChangesFile } from '../../catalog/schema';

/**
 * The change records the build writes (scripts/vite-plugin-history.ts), fetched only when a panel
 * or "What's new" shows them — never in the first view — and kept for the session. A catalog
 * with no release has no such files: that is "no history", not an error.
 */
export type Loaded = { status: 'loading' } | { status: 'none' } | { status: 'error'; message: string } | { status: 'ok'; file: ChangesFile };

const cache = new Map<string, Promise<Loaded>>();

async function fetchChanges(path: string): Promise<Loaded> {
  try {
    const response = await fetch(new URL(path, document.baseURI), { cache: 'no-cache' });
    if (response.status === 404) return { status: 'none' };
    if (!response.ok) return { status: 'error', message: `${path}: HTTP ${response.status}` };
    const parsed = ChangesFileSchema.safeParse(await response.json());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { status: 'error', message: `${path} $.${issue.path.join('.')}: ${issue.message}` };
    }
    return { status: 'ok', file: parsed.data };
  } catch (error) {
    return { status: 'error', message: `${path}: ${(error as Error).message}` };
  }
}

export const parkChangesPath = (parkId: string) => `changes/parks/${parkId}.json`;
export const LATEST_PATH = 'changes/latest.json';

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
    void loadChanges(path).then((value) => { if (live) setLoaded({ path, value }); });
    return () => { live = false; };
  }, [path]);
  return loaded.path === path ? loaded.value : { status: 'loading' };
}
