import { create } from 'zustand';
import type { SharedView } from './shared-scale';

/**
 * The one place the compare maps' shared view lives (transient, not in the URL: the link holds
 * only `compare`). Like react-map-gl's side-by-side example, one view state drives every map; the
 * map the reader moves is the leader, and the others follow it (they never write back).
 */
export type SharedViewState = {
  /** The compared parks and map size the fitted view was computed for. */
  key: string;
  view: SharedView;
  /** The view that fits every compared park (what "reset" returns to). */
  fitted: SharedView;
  /** Park id of the map the reader moved last; null when the view was set for all (fit, reset). */
  leader: string | null;
  /** The reader has moved the maps since they were fitted. */
  moved: boolean;
};

const start: SharedView = { zoom: 0, offset: [0, 0] };

export const useSharedView = create<SharedViewState>(() => ({ key: '', view: start, fitted: start, leader: null, moved: false }));

/**
 * A new fit (other parks, another map size). For the same parks at a new size, a view the reader
 * chose is kept; only "reset" and new parks override it.
 */
export function fitSharedView(key: string, zoom: number): void {
  const fitted: SharedView = { zoom, offset: [0, 0] };
  const { key: before, moved } = useSharedView.getState();
  if (key === before) return;
  const sameParks = before.split('@')[0] === key.split('@')[0];
  if (sameParks && moved) useSharedView.setState({ key, fitted });
  else useSharedView.setState({ key, view: fitted, fitted, leader: null, moved: false });
}

export function moveSharedView(leader: string, view: SharedView): void {
  useSharedView.setState({ view, leader, moved: true });
}

export function resetSharedView(): void {
  const { fitted } = useSharedView.getState();
  useSharedView.setState({ view: fitted, leader: null, moved: false });
}
