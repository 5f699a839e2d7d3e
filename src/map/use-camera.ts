import { useEffect, useRef } from 'react';
import type { Catalog } from '../catalog/catalog';
import type { Bounds } from '../catalog/park-index';
import { useUiStore } from '../store/ui-store';
import { patchUrl } from '../url/url-store';
import type { CameraTarget, Selection } from './camera';
import { planCamera, planMove, selectionKey, urlCamera, type CameraPlan, type HistoryCamera, type MoveContext } from './camera-plan';
import type { MapApi } from './map-api';

export const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function boundsTarget(bounds: Bounds | undefined): CameraTarget | undefined {
  return bounds && { kind: 'bounds', bounds };
}

/** The map and the reader now, read when a move is planned (the insets from the store, measured by their owners). */
const moveContext = (map: MapApi): MoveContext => ({
  now: map.camera(),
  frame: map.frame(),
  insets: useUiStore.getState().mapInsets,
  reducedMotion: reducedMotion(),
});

/** Carries a plan out. */
export function runPlan(map: MapApi, plan: CameraPlan): void {
  if (plan.kind === 'fit') map.fit(plan.bounds, plan);
  else if (plan.kind === 'ease') map.ease(plan.camera, plan);
  else if (plan.kind === 'jump') map.jump(plan.camera);
}

/** Moves the camera, animated unless the reader asked for reduced motion. */
export function moveCamera(map: MapApi, target: CameraTarget): void {
  runPlan(map, planMove(target, moveContext(map)));
}

/**
 * Follows the selection with the camera (planCamera says how) and writes the camera to the URL
 * with replaceState as the map moves.
 */
export function useCamera(
  map: MapApi | null,
  catalog: Catalog | null,
  selection: Selection,
  urlCameraAtLoad: boolean,
  history: HistoryCamera = { cause: 'load', camera: undefined },
): void {
  const done = useRef<{ map: MapApi; key: string } | null>(null);
  // Listening before the first fit below: when the map and the catalog arrive together, that fit
  // is a jump whose moveend fires at once, and the camera must still reach the URL.
  useEffect(() => {
    if (!map) return;
    return map.on('moveend', () => patchUrl({ map: urlCamera(map.camera()) }, { replace: true, keepProblems: true }));
  }, [map]);

  const { park, zone, project } = selection;
  const { cause, camera } = history;
  useEffect(() => {
    if (!map || !catalog) return;
    const selection = { park, zone, project };
    const plan = planCamera({
      ...moveContext(map),
      catalog,
      selection,
      urlCameraAtLoad,
      history: { cause, camera },
      done: done.current?.map === map ? done.current.key : undefined,
    });
    if (plan.kind === 'wait') return;
    done.current = { map, key: selectionKey(selection) };
    runPlan(map, plan);
  }, [map, catalog, park, zone, project, urlCameraAtLoad, cause, camera]);
}
