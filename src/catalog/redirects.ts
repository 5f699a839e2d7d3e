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

/**
 * A zone's id today and the park that holds it: a zone may have moved to another park
 * (`toParkId`), so its link `?park=&zone=` changes park as well.
 */
export function redirectZone(
  catalog: Catalog,
  redirects: readonly Redirect[],
  parkId: string,
  id: string,
): { parkId: string; zoneId: string } | undefined {
  const seen = new Set<string>();
  let park = parkId;
  let zone = id;
  while (!knowsZone(catalog, park, zone)) {
    const key = `${park}/${zone}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const next = redirects.find((r) => r.kind === 'zone' && r.from === zone && r.parkId === park);
    if (!next) return undefined;
    park = next.toParkId ?? park;
    zone = next.to;
  }
  return { parkId: park, zoneId: zone };
}
