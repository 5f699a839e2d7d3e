import { formatUrl } from './codec';
import type { UrlState } from './registry';
import { forCiting, forSharing, type ShareTarget } from './transitions';

/** An absolute, canonical address on this page's own path, so a sub-path deployment shares working links. */
export const absoluteLink = (state: UrlState): string => `${window.location.origin}${window.location.pathname}${formatUrl(state)}`;

/** "Copy link": the view as the reader sees it (src/url/transitions.ts, forSharing). */
export const viewLink = (target: ShareTarget, current: UrlState): string => absoluteLink(forSharing(current, target));

/** A citation's link: the target and language only (src/url/transitions.ts, forCiting). */
export const citeLink = (target: ShareTarget, current: UrlState): string => absoluteLink(forCiting(current, target));
