/**
 * Pictures of maps for print, without handing out a map: the atlas map ('atlas') and each compare
 * map (`compare:<park-id>`) register their owner's snapshot while they live; print asks here.
 * Null when that map is not drawn (no WebGL, not mounted yet).
 */
const snapshots = new Map<string, () => Promise<string | null>>();

export function registerSnapshot(key: string, snapshot: () => Promise<string | null>): () => void {
  snapshots.set(key, snapshot);
  return () => {
    if (snapshots.get(key) === snapshot) snapshots.delete(key);
  };
}

export const mapSnapshot = (key: string): Promise<string | null> => snapshots.get(key)?.() ?? Promise.resolve(null);
