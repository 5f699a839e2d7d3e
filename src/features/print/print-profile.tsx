import type { ReactElement } from 'react';
import type { Catalog } from '../../catalog/catalog';
import type { Lang } from '../../catalog/format';
import type { Park } from '../../catalog/schema';
import { mapSnapshot } from '../../map/map-snapshot';
import { buildProfile } from './profile-model';
import { ProfileView } from './profile-view';
import './print.css';

/** `compare`: the parks come from the compare view, each pictured by its own small map. */
export type PrintOptions = { lang: Lang; asOf?: string; link: string; compare?: boolean };

/**
 * The profile to print, with a picture of each park's map as it is drawn now (the atlas map, or
 * on the compare view each park's small map, at their shared scale). Loaded on demand; the
 * stylesheet it brings shows only the profile on paper.
 */
export async function prepareProfile(
  catalog: Catalog,
  parkIds: readonly string[],
  { lang, asOf, link, compare = false }: PrintOptions,
): Promise<ReactElement> {
  const parks = parkIds.flatMap((id): Park[] => {
    const p = catalog.parkById.get(id);
    return p ? [p] : [];
  });
  if (!parks.length) throw new Error(`no loaded park among ${parkIds.join(', ')}`);
  const doc = buildProfile(parks, catalog.sources, { lang, asOf, link, today: new Date().toISOString().slice(0, 10) });
  const pictures = new Map<string, string>();
  for (const park of compare ? parks : parks.slice(0, 1)) {
    const picture = await mapSnapshot(compare ? `compare:${park.id}` : 'atlas');
    if (picture) pictures.set(park.id, picture);
  }
  return <ProfileView doc={doc} lang={lang} pictures={pictures} />;
}
