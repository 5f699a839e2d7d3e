import type { Catalog } from '../catalog/catalog';
import { redirectPark, redirectProject, redirectZone } from '../catalog/redirects';
import type { Redirect } from '../catalog/schema';

/** The ids of a previous release (data/released-ids.json): zones as `park-id/zone-id`. */
export type ReleasedIds = { parks: readonly string[]; zones: readonly string[]; projects: readonly string[] };

/**
 * The links of a previous release that would no longer open anything: ids that neither exist
 * today nor redirect to something that does. Empty means every saved link still works.
 */
export function brokenReleasedLinks(catalog: Catalog, redirects: readonly Redirect[], released: ReleasedIds): string[] {
  const broken: string[] = [];
  for (const id of released.parks) if (!redirectPark(catalog, redirects, id)) broken.push(`?park=${id}`);
  for (const key of released.zones) {
    const [parkId = '', zoneId = ''] = key.split('/');
    const park = redirectPark(catalog, redirects, parkId);
    if (!park || !redirectZone(catalog, redirects, park, zoneId)) broken.push(`?park=${parkId}&zone=${zoneId}`);
  }
  for (const id of released.projects) if (!redirectProject(catalog, redirects, id)) broken.push(`?project=${id}`);
  return broken;
}
