import { create } from 'zustand';
import { formatUrl, parseUrl, type UrlProblem } from './codec';
import { keepIdentity } from './keep-identity';
import type { UrlState } from './registry';
import { toSelection, type Selection, type Transition } from './transitions';
import type { LinkNote } from './url-redirects';

export type { LinkNote };

/**
 * The URL owns everything shareable. This store only mirrors it for React; it is written by
 * this module alone, from the address bar (load, popstate) or by `navigate` below.
 */
type UrlMirror = {
  state: UrlState;
  problems: UrlProblem[];
  notes: LinkNote[];
  /**
   * How the address last changed: opened ('load'), by the atlas ('navigate'), or by Back/Forward
   * ('pop'). On 'pop' a `map=` in the entry is the view to restore, not a camera to refit.
   */
  cause: 'load' | 'navigate' | 'pop';
};

// Notes belong to the link as it was opened: another history entry has none.
const read = (cause: UrlMirror['cause']): UrlMirror => ({ ...parseUrl(window.location.search), notes: [], cause });

export const useUrlStore = create<UrlMirror>(() => read('load'));

/** Reads the address bar again, keeping the identity of every parameter whose value is unchanged. */
const reread = (cause: UrlMirror['cause']): UrlMirror => {
  const fresh = read(cause);
  return { ...fresh, state: keepIdentity(useUrlStore.getState().state, fresh.state) };
};

export type NavigateOptions = { replace?: boolean; keepProblems?: boolean };

/**
 * Selecting something pushes a history entry (Back returns to it); camera moves and corrections
 * replace the current one. `next` is the complete new state (use `patchUrl` to change a part).
 */
export function navigate(next: UrlState, { replace = false, keepProblems = false }: NavigateOptions = {}): void {
  const url = `${window.location.pathname}${formatUrl(next)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  const { problems, notes } = useUrlStore.getState();
  useUrlStore.setState({
    state: keepIdentity(useUrlStore.getState().state, parseUrl(formatUrl(next)).state),
    problems: keepProblems ? problems : [],
    notes: keepProblems ? notes : [],
    cause: 'navigate',
  });
}

/** Changes some parameters and keeps the rest. */
export function patchUrl(patch: Partial<UrlState>, options?: NavigateOptions): void {
  navigate({ ...useUrlStore.getState().state, ...patch }, options);
}

/** Follows a transition (src/url/transitions.ts) from the current state: a history entry, unless `options` say otherwise. */
export function go(transition: Transition, options?: NavigateOptions): void {
  navigate(transition(useUrlStore.getState().state), options);
}

/** Moves to a selection (the search, the map): the same address a link to it has (toSelection). */
export function select(selection: Selection): void {
  go((state) => toSelection(state, selection));
}

/**
 * Corrects the link in place — replaceState, so Back never returns to the uncorrected one — and
 * says why, visibly (e.g. an old id from data/redirects.json). The notes go with the next navigation.
 */
export function correctUrl(next: UrlState, notes: LinkNote[]): void {
  navigate(next, { replace: true, keepProblems: true });
  useUrlStore.setState({ notes });
}

// One listener for the page: a stop function from a repeated start must remove the same one.
const onPop = () => useUrlStore.setState(reread('pop'));
let started = false;
/** Starts following Back/Forward. Idempotent; returns a stop function for tests. */
export function startUrlSync(): () => void {
  if (!started) {
    window.addEventListener('popstate', onPop);
    started = true;
    useUrlStore.setState(reread('load'));
  }
  return () => {
    window.removeEventListener('popstate', onPop);
    started = false;
  };
}
