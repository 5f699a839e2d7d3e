/**
 * The atlas map's picture for print, without handing out the map: MapView registers the owner's
 * snapshot while its map lives; print asks here. Null when no map is drawn (no WebGL, compare view).
 */
let current: (() => Promise<string | null>) | null = null;

export function registerSnapshot(snapshot: () => Promise<string | null>): () => void {
  current = snapshot;
  return () => { if (current === snapshot) current = null; };
}

export const atlasSnapshot = (): Promise<string | null> => (current ? current() : Promise.resolve(null));
