import type { Catalog } from './catalog';
import { knowsPark, knowsProject, knowsZone } from './catalog';
import type { Redirect } from './schema';

/** Follows redirects (several hops, no loops) to the id that exists today, or undefined. */
export function followRedirect(
  redirects: readonly Redirect[],
  kind: Redirect['kind'],
  id: string,
  exists: (id: string) => boolean,
  parkId?: string,
): string | undefined {
  const seen = new Set<string>();
  let current = id;
  while (!exists(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    const next = redirects.find((r) => r.kind === kind && r.from === current && (kind !== 'zone' || r.parkId === parkId));
    if (!next) return undefined;
    current = next.to;
  }
  return current;
}

export const redirectPark = (catalog: Catalog, redirects: readonly Redirect[], id: string) =>
  followRedirect(redirects, 'park', id, (x) => knowsPark(catalog, x));

export const redirectProject = (catalog: Catalog, redirects: readonly Redirect[], id: string) =>
  followRedirect(redirects, 'project', id, (x) => knowsProject(catalog, x));

export const redirectZone = (catalog: Catalog, redirects: readonly Redirect[], parkId: string, id: string) =>
  followRedirect(redirects, 'zone', id, (x) => knowsZone(catalog, parkId, x), parkId);
