import type { Catalog } from '../catalog/catalog';
import type { Bounds } from '../catalog/park-index';
import type { MapInsets } from '../store/ui-store';
import type { Camera } from '../url/registry';
import { resetBounds, selectionTarget, targetPending, type CameraTarget, type Selection } from './camera';
import type { MapCamera, MapFrame, MapPadding } from './map-api';

/**
 * Where the atlas's camera goes and how, as a pure function of what it knows: the selection, the
 * link and the history entry, the camera now, the map's size and what covers it, and whether the
 * reader asked for less motion. use-camera.ts asks and carries the answer out.
 */
export type CameraPlan =
  | { kind: 'none' }
  /** The selection's park is still loading: ask again when the catalog changes. */
  | { kind: 'wait' }
  | { kind: 'fit'; bounds: Bounds; padding: MapPadding; maxZoom: number; animate: boolean; duration: number }
  | { kind: 'ease'; camera: MapCamera; padding: MapPadding; animate: boolean; duration: number }
  | { kind: 'jump'; camera: MapCamera };

/** Back/Forward: what the history entry holds, so the camera returns to where the reader left it. */
export type HistoryCamera = { cause: 'load' | 'navigate' | 'pop'; camera: Camera | undefined };

/** What a move needs to know of the map and the reader. */
export type MoveContext = { now: MapCamera; frame: MapFrame; insets: MapInsets; reducedMotion: boolean };

export type CameraState = MoveContext & {
  catalog: Catalog;
  selection: Selection;
  /** The selection (selectionKey) the camera last answered on this map; undefined before its first. */
  done: string | undefined;
  /** The link that opened the page held `map=`. */
  urlCameraAtLoad: boolean;
  history: HistoryCamera;
};

/** Room around a fitted park: the zoom buttons sit top-right, the reset button top-left. */
export const FIT_PADDING: MapPadding = { top: 56, right: 64, bottom: 80, left: 64 };
export const MAX_FIT_ZOOM = 15;
export const MOVE_MS = 800;

export const selectionKey = ({ park, zone, project }: Selection): string => `${park ?? ''}|${zone ?? ''}|${project ?? ''}`;

/**
 * Fit beside what covers the map, not under it: the open legend at the left (unless it takes half
 * the map), the attribution at the bottom, and at phone width the bottom sheet (unless it covers
 * nearly all of the map, when fitting above it would leave nothing to fit into).
 */
export function fitPadding({ width, height, attribution }: MapFrame, { legend, sheet }: MapInsets): MapPadding {
  const left = legend > 0 && legend < width / 2 ? legend + 24 : FIT_PADDING.left;
  const bottom = Math.max(FIT_PADDING.bottom, attribution > 0 && attribution < height / 4 ? attribution + 56 : 0);
  const underSheet = sheet > 0 && sheet < height * 0.75 ? sheet + 24 : 0;
  return { ...FIT_PADDING, left, bottom: Math.max(bottom, underSheet) };
}

type Box = { top: number; bottom: number; left: number };

/** CSS pixels of the map's bottom a panel covers (the phone's bottom sheet over the map), from both boxes on the page. */
export function sheetCover(map: Box, sheet: Box): number {
  return sheet.top > map.top && sheet.top < map.bottom && sheet.left <= map.left + 1 ? map.bottom - sheet.top : 0;
}

/** The camera as the URL keeps it: the centre wrapped into −180…180 (as MapLibre's LngLat.wrap), latitude within Web Mercator's. */
export function urlCamera({ center: [lng, lat], zoom }: MapCamera): Camera {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));
  return { zoom, lat: clamp(lat, 85.05), lon: clamp(wrapped === -180 ? 180 : wrapped, 180) };
}

const sameCamera = (now: MapCamera, c: Camera) => {
  const u = urlCamera(now);
  return Math.abs(u.zoom - c.zoom) < 0.01 && Math.abs(u.lat - c.lat) < 1e-5 && Math.abs(u.lon - c.lon) < 1e-5;
};

/** A move to a target, animated unless it is the first view or the reader asked for reduced motion; a point never zooms out. */
export function planMove(target: CameraTarget, { now, frame, insets, reducedMotion }: MoveContext, { instant = false } = {}): CameraPlan {
  const animate = !instant && !reducedMotion;
  const motion = { animate, duration: animate ? MOVE_MS : 0, padding: fitPadding(frame, insets) };
  if (target.kind === 'bounds') return { kind: 'fit', bounds: target.bounds, maxZoom: MAX_FIT_ZOOM, ...motion };
  return { kind: 'ease', camera: { center: [target.center[0]!, target.center[1]!], zoom: Math.max(now.zoom, target.zoom) }, ...motion };
}

/**
 * Following the selection. On Back/Forward the entry's camera wins, at once; at load a `map=` in
 * the link wins over fitting, so a shared view opens exactly as it was shared; otherwise a new
 * selection is fitted (or a project centred), and the first view with nothing selected shows
 * every park. The first view appears where it belongs: flying there from the whole of China only
 * delays it.
 */
export function planCamera(s: CameraState): CameraPlan {
  const first = s.done === undefined;
  const { cause, camera } = s.history;
  if (cause === 'pop' && camera && !first) {
    return sameCamera(s.now, camera) ? { kind: 'none' } : { kind: 'jump', camera: { center: [camera.lon, camera.lat], zoom: camera.zoom } };
  }
  if (s.done === selectionKey(s.selection)) return { kind: 'none' };
  if (first && s.urlCameraAtLoad) return { kind: 'none' };
  if (targetPending(s.catalog, s.selection)) return { kind: 'wait' };
  const reset = () => {
    const bounds = resetBounds(s.catalog);
    return bounds && { kind: 'bounds' as const, bounds };
  };
  const target = selectionTarget(s.catalog, s.selection) ?? (first ? reset() : undefined);
  return target ? planMove(target, s, { instant: first }) : { kind: 'none' };
}
