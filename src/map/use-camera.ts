import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Catalog } from '../catalog/catalog';
import { patchUrl } from '../url/url-store';
import type { Camera } from '../url/registry';
import type { Bounds } from '../catalog/park-index';
import { resetBounds, selectionTarget, targetPending, type CameraTarget, type Selection } from './camera';

/** Room around a fitted park: the zoom buttons sit top-right, the reset button top-left. */
export const FIT_PADDING = { top: 56, right: 64, bottom: 80, left: 64 };

/** The open legend covers the left edge and the attribution the bottom: fit beside them, not under. */
function padding(map: MapLibreMap) {
  const container = map.getContainer();
  const legend = container.parentElement?.querySelector('.map-legend[open]')?.getBoundingClientRect();
  const attribution = container.querySelector('.maplibregl-ctrl-attrib')?.getBoundingClientRect();
  const left = legend && legend.width < container.clientWidth / 2 ? legend.width + 24 : FIT_PADDING.left;
  const bottom = Math.max(FIT_PADDING.bottom, attribution && attribution.height < container.clientHeight / 4 ? attribution.height + 56 : 0);
  // At phone width the side panel is a bottom sheet over the map: fit above it, not under it.
  const box = container.getBoundingClientRect();
  const sheet = document.querySelector('.side-panel')?.getBoundingClientRect();
  const covered = sheet && sheet.top > box.top && sheet.top < box.bottom && sheet.left <= box.left + 1 ? box.bottom - sheet.top : 0;
  const underSheet = covered > 0 && covered < box.height * 0.75 ? covered + 24 : 0;
  return { ...FIT_PADDING, left, bottom: Math.max(bottom, underSheet) };
}
const MAX_FIT_ZOOM = 15;

export const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function boundsTarget(bounds: Bounds | undefined): CameraTarget | undefined {
  return bounds && { kind: 'bounds', bounds };
}

/** Moves the camera, animated unless the reader asked for reduced motion. */
export function moveCamera(map: MapLibreMap, target: CameraTarget, { instant = false } = {}): void {
  const animate = !instant && !reducedMotion();
  const motion = { animate, duration: animate ? 800 : 0, essential: false };
  if (target.kind === 'bounds') {
    const [w, s, e, n] = target.bounds;
    map.fitBounds([[w, s], [e, n]], { ...motion, padding: padding(map), maxZoom: MAX_FIT_ZOOM });
  } else {
    map.easeTo({ ...motion, center: target.center as [number, number], zoom: Math.max(map.getZoom(), target.zoom), padding: padding(map) });
  }
}

export function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter().wrap();
  const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));
  return { zoom: map.getZoom(), lat: clamp(c.lat, 85.05), lon: clamp(c.lng, 180) };
}

/** Back/Forward: what the history entry holds, so the camera returns to where the reader left it. */
export type HistoryCamera = { cause: 'load' | 'navigate' | 'pop'; camera: Camera | undefined };

const sameCamera = (map: MapLibreMap, c: Camera) => {
  const now = cameraOf(map);
  return Math.abs(now.zoom - c.zoom) < 0.01 && Math.abs(now.lat - c.lat) < 1e-5 && Math.abs(now.lon - c.lon) < 1e-5;
};

/**
 * Follows the selection with the camera (fit a park or zone, centre a project) and writes the
 * camera to the URL with replaceState as the map moves. At load a `map=` in the link wins over
 * fitting, so a shared view opens exactly as it was shared; on Back/Forward the entry's `map=`
 * wins too, at once (no animation), so the reader is where they were.
 */
export function useCamera(
  map: MapLibreMap | null, catalog: Catalog | null, { park, zone, project }: Selection, urlCameraAtLoad: boolean,
  { cause, camera }: HistoryCamera = { cause: 'load', camera: undefined },
): void {
  const done = useRef<{ map: MapLibreMap; key: string } | null>(null);
  // Listening before the first fit below: when the map and the catalog arrive together, that fit
  // is a jump whose moveend fires at once, and the camera must still reach the URL.
  useEffect(() => {
    if (!map) return;
    const onMoveEnd = () => patchUrl({ map: cameraOf(map) }, { replace: true, keepProblems: true });
    map.on('moveend', onMoveEnd);
    return () => { map.off('moveend', onMoveEnd); };
  }, [map]);

  useEffect(() => {
    if (!map || !catalog) return;
    const key = `${park ?? ''}|${zone ?? ''}|${project ?? ''}`;
    if (cause === 'pop' && camera && done.current?.map === map) {
      done.current = { map, key };
      if (!sameCamera(map, camera)) map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      return;
    }
    if (done.current?.map === map && done.current.key === key) return;
    const first = done.current?.map !== map;
    if (first && urlCameraAtLoad) {
      done.current = { map, key };
      return;
    }
    // A project or zone whose park is still loading: wait for it (the catalog changes when it is in).
    if (targetPending(catalog, { park, zone, project })) return;
    done.current = { map, key };
    const target = selectionTarget(catalog, { park, zone, project }) ?? (first ? boundsTarget(resetBounds(catalog)) : undefined);
    // The first view appears where it belongs: flying there from the whole of China only delays it.
    if (target) moveCamera(map, target, { instant: first });
  }, [map, catalog, park, zone, project, urlCameraAtLoad, cause, camera]);
}
