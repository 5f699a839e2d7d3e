import { knowsPark, knowsProject, knowsZone, type Catalog } from '../catalog/catalog';
import { redirectPark, redirectProject, redirectZone } from '../catalog/redirects';
import type { Redirect } from '../catalog/schema';
import type { UrlState } from './registry';

/** A link that used an old id and now opens the renamed one, to say so visibly. */
export type LinkNote = { kind: Redirect['kind']; from: string; to: string; parkId?: string };

/**
 * Old ids in a link replaced by the ids they were renamed to (data/redirects.json), with a note
 * for each. Ids that are merely unknown stay as they are: the panel names them, nothing is guessed.
 */
export function resolveRedirects(
  state: UrlState,
  catalog: Catalog,
  redirects: readonly Redirect[],
): { state: UrlState; notes: LinkNote[] } {
  const notes: LinkNote[] = [];
  if (!redirects.length) return { state, notes };
  const next: UrlState = { ...state };
  const park = (id: string, into: LinkNote[]) => {
    const to = knowsPark(catalog, id) ? id : redirectPark(catalog, redirects, id);
    if (!to) return id;
    if (to !== id) into.push({ kind: 'park', from: id, to });
    return to;
  };
  if (state.park) next.park = park(state.park, notes);
  // Zone ids are unique within their park only: follow the zone's redirects in the park the link ends up in.
  if (next.park && state.zone && !knowsZone(catalog, next.park, state.zone)) {
    const to = redirectZone(catalog, redirects, next.park, state.zone);
    if (to) {
      notes.push({ kind: 'zone', from: state.zone, to: to.zoneId, parkId: to.parkId });
      next.park = to.parkId;
      next.zone = to.zoneId;
    }
  }
  if (state.project && !knowsProject(catalog, state.project)) {
    const to = redirectProject(catalog, redirects, state.project);
    if (to) {
      notes.push({ kind: 'project', from: state.project, to });
      next.project = to;
    }
  }
  if (state.compare) {
    const compared: LinkNote[] = [];
    const ids = [...new Set(state.compare.map((id) => park(id, compared)))];
    // Two old ids of one park would leave a single id, which is no comparison: keep the link as it was.
    if (ids.length >= 2) {
      next.compare = ids;
      notes.push(...compared);
    }
  }
  return { state: next, notes };
}
