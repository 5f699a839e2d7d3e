import { useEffect, useState } from 'react';
import { parksRequestedSoFar } from '../store/catalog-store';

/** Longest the map's first style waits for park files in flight (a slow connection, a list page of 100 files). */
export const FIRST_PARKS_MAX_MS = 1500;

/**
 * Whether the atlas's map may compose its first style: once the catalog is published and the parks
 * its first screen asked for are in (the list's first page, a linked park), or `maxMs` after the
 * catalog. Composed earlier, at 2,500 parks the map cut every source for the index alone and again
 * ~1 s later for the list's 100 parks, and its first frame waited for both (issue 13's notes).
 */
export function useFirstParksIn(hasCatalog: boolean, maxMs = FIRST_PARKS_MAX_MS): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!hasCatalog || done) return;
    let live = true;
    const go = () => {
      if (live) setDone(true);
    };
    const cap = setTimeout(go, maxMs);
    void parksRequestedSoFar().then(go);
    return () => {
      live = false;
      clearTimeout(cap);
    };
  }, [hasCatalog, done, maxMs]);
  return done;
}
