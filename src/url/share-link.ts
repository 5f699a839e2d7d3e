import { formatUrl } from './codec';
import type { UrlState } from './registry';

/** What a shared link opens: one park, zone or project, or a comparison. */
export type ShareTarget = Pick<UrlState, 'park' | 'zone' | 'project' | 'compare'>;

/** An absolute, canonical address on this page's own path, so a sub-path deployment shares working links. */
export const absoluteLink = (state: UrlState): string =>
  `${window.location.origin}${window.location.pathname}${formatUrl(state)}`;

/**
 * "Copy link": the view as the reader sees it — the target, language, filters and, only when the
 * address already has one, the camera (a recipient then sees the same map, not a refit).
 */
export const viewLink = (target: ShareTarget, current: UrlState): string =>
  absoluteLink({ lang: current.lang, industry: current.industry, status: current.status, map: current.map, asof: current.asof, ...target });

/**
 * A citation's link: the target and language only. Nothing transient (camera, filters), so a
 * link printed in a paper keeps opening the thing it cites.
 */
export const citeLink = (target: ShareTarget, current: UrlState): string => absoluteLink({ lang: current.lang, ...target });

/** What the current address opens, as a share target (the comparison wins, as the app shows it). */
export function targetOf(state: UrlState): ShareTarget {
  if (state.compare) return { compare: state.compare };
  if (state.project) return { project: state.project };
  return state.park ? { park: state.park, zone: state.zone } : {};
}
