import { create } from 'zustand';
import { formatUrl, parseUrl, type UrlProblem } from './codec';
import type { UrlState } from './registry';

/**
 * The URL owns everything shareable. This store only mirrors it for React; it is written by
 * this module alone, from the address bar (load, popstate) or by `navigate` below.
 */
type UrlMirror = { state: UrlState; problems: UrlProblem[] };

const read = (): UrlMirror => parseUrl(window.location.search);

export const useUrlStore = create<UrlMirror>(() => read());

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
  useUrlStore.setState({ state: parseUrl(formatUrl(next)).state, problems: keepProblems ? useUrlStore.getState().problems : [] });
}

/** Changes some parameters and keeps the rest. */
export function patchUrl(patch: Partial<UrlState>, options?: NavigateOptions): void {
  navigate({ ...useUrlStore.getState().state, ...patch }, options);
}

/** Moves to a selection: park, zone or project replace each other; filters, lang and camera stay. */
export function select(selection: Pick<UrlState, 'park' | 'zone' | 'project'>): void {
  const { state } = useUrlStore.getState();
  navigate({ ...state, park: undefined, zone: undefined, project: undefined, compare: undefined, ...selection });
}

let started = false;
/** Starts following Back/Forward. Idempotent; returns a stop function for tests. */
export function startUrlSync(): () => void {
  const onPop = () => useUrlStore.setState(read());
  if (!started) {
    window.addEventListener('popstate', onPop);
    started = true;
    useUrlStore.setState(read());
  }
  return () => {
    window.removeEventListener('popstate', onPop);
    started = false;
  };
}
