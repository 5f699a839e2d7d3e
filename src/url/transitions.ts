import type { UrlState } from './registry';

/**
 * Every way the atlas moves from one address to another, as pure functions of the current URL
 * state. A link's `href` and its click both use one of these (src/ui/url-link.tsx), so what a
 * link opens in a new tab is what a click opens here.
 *
 * The camera (`map=`) rule, the same for all: it stays where the map will not move for the new
 * address (nothing selected, the same selection, another view beside the map) and goes where the
 * map fits the new selection or is replaced (the comparison, the Data page); the map writes it
 * back once it settles.
 */
export type Transition = (state: UrlState) => UrlState;

/** What a panel, a list, the search or the map selects: park, zone or project replace each other. */
export type Selection = Pick<UrlState, 'park' | 'zone' | 'project'>;

const selectsNothing = (to: Selection) => !to.park && !to.zone && !to.project;
const sameSelection = (state: UrlState, to: Selection) =>
  !state.compare && state.park === to.park && state.zone === to.zone && state.project === to.project;

/** To a selection, leaving any comparison; language, filters, date and view stay. */
export function toSelection(state: UrlState, to: Selection): UrlState {
  const map = selectsNothing(to) || sameSelection(state, to) ? state.map : undefined;
  return { ...state, park: to.park, zone: to.zone, project: to.project, compare: undefined, map };
}

/** To the compare view of these parks: it replaces the selection and the map. */
export function toCompare(state: UrlState, ids: readonly string[]): UrlState {
  return { ...state, park: undefined, zone: undefined, project: undefined, map: undefined, compare: [...ids] };
}

/**
 * To another view beside the map (`view=projects`, `view=changes`, or none). "What's new"'s
 * `kind=` narrows that view alone, so it goes whenever the view changes.
 */
export function toView(state: UrlState, view: 'projects' | 'changes' | undefined): UrlState {
  return { ...state, view, kind: view === 'changes' && state.view === 'changes' ? state.kind : undefined };
}

/** To the Data page, which stands in for map, panel and comparison; filters, date and language stay for the way back. */
export function toDataPage(state: UrlState): UrlState {
  return {
    ...toView(state, undefined),
    view: 'data',
    park: undefined,
    zone: undefined,
    project: undefined,
    compare: undefined,
    map: undefined,
  };
}

/** What a shared or cited link opens: one park, zone or project, or a comparison. */
export type ShareTarget = Pick<UrlState, 'park' | 'zone' | 'project' | 'compare'>;

/**
 * "Copy link": the view as the reader sees it — the target, language, filters, date and, only
 * when the address already has one, the camera (a recipient then sees the same map, not a refit).
 * Not the table's or What's new's settings: the link opens the thing, not the view around it.
 */
export function forSharing(state: UrlState, target: ShareTarget): UrlState {
  return { lang: state.lang, industry: state.industry, status: state.status, map: state.map, asof: state.asof, ...target };
}

/**
 * A citation's link: the target and the language only. Nothing transient (camera, filters,
 * date), so a link printed in a paper keeps opening the thing it cites.
 */
export function forCiting(state: UrlState, target: ShareTarget): UrlState {
  return { lang: state.lang, ...target };
}

/** What the current address opens, as a share target (the comparison wins, as the app shows it). */
export function targetOf(state: UrlState): ShareTarget {
  if (state.compare) return { compare: state.compare };
  if (state.project) return { project: state.project };
  return state.park ? { park: state.park, zone: state.zone } : {};
}

/** Out of the embedded view into the full atlas: the same view, without `embed=1`. */
export const outOfEmbed: Transition = (state) => ({ ...state, embed: undefined });
