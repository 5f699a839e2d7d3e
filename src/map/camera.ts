import { isPending, zoneKey, type Catalog } from '../catalog/catalog';
import { parkBounds, parkOfProjectId, unionBounds, zoneBounds, type Bounds, type ParkSummary } from '../catalog/park-index';
import type { Position } from '../catalog/schema';
import type { UrlState } from '../url/registry';

export type CameraTarget = { kind: 'bounds'; bounds: Bounds } | { kind: 'point'; center: Position; zoom: number };
export type Selection = Pick<UrlState, 'park' | 'zone' | 'project'>;

/** Zoom for a single point (a project, a park with no geometry): a neighbourhood in view. */
export const POINT_ZOOM = { project: 14, park: 12 } as const;

/** Where the camera goes for a selection; undefined when the ids are unknown (the panel says so) or not loaded yet. */
export function selectionTarget(catalog: Catalog, selection: Selection): CameraTarget | undefined {
  if (selection.project) {
    const entry = catalog.projectById.get(selection.project);
    return entry && { kind: 'point', center: entry.project.location.point.coordinates, zoom: POINT_ZOOM.project };
  }
  if (!selection.park) return undefined;
  const park = catalog.parkById.get(selection.park);
  // Not loaded yet: its extent from the index (the same box its file gives, see park-index.ts).
  const bounds = park ? parkBounds(park) : catalog.index.byId.get(selection.park)?.bbox;
  if (!bounds) return undefined;
  const zone = park && selection.zone ? catalog.zoneByKey.get(zoneKey(park.id, selection.zone))?.zone : undefined;
  const box = zone && zoneBounds(zone);
  if (box && (box[0] !== box[2] || box[1] !== box[3])) return { kind: 'bounds', bounds: box };
  if (box) return { kind: 'point', center: [box[0], box[1]], zoom: POINT_ZOOM.park };
  return bounds[0] === bounds[2] && bounds[1] === bounds[3]
    ? { kind: 'point', center: [bounds[0], bounds[1]], zoom: POINT_ZOOM.park }
    : { kind: 'bounds', bounds };
}

/** Whether the selection's target will be known once its park has loaded (so the camera waits instead of giving up). */
export function targetPending(catalog: Catalog, selection: Selection): boolean {
  if (selection.project)
    return !catalog.projectById.has(selection.project) && isPending(catalog, parkOfProjectId(catalog.index, selection.project) ?? '');
  return !!selection.park && !!selection.zone && isPending(catalog, selection.park);
}

/** The index entry of the park a selection belongs to (for "the current region"). */
export function selectedPark(catalog: Catalog, selection: Selection): ParkSummary | undefined {
  const id = selection.project ? parkOfProjectId(catalog.index, selection.project) : selection.park;
  return id ? catalog.index.byId.get(id) : undefined;
}

/**
 * "Reset view": every non-reference park of the selected park's region, or of the whole catalog
 * when nothing is selected, from the index (loaded or not). Undefined for an empty catalog (the
 * map keeps its camera).
 */
export function resetBounds(catalog: Catalog, selection: Selection = {}): Bounds | undefined {
  const region = selectedPark(catalog, selection)?.region;
  const all = catalog.index.parks.filter((p) => p.bbox);
  const parks = all.filter((p) => !p.reference);
  const inRegion = region ? parks.filter((p) => p.region === region) : parks;
  const chosen = inRegion.length ? inRegion : parks.length ? parks : all;
  return unionBounds(chosen.map((p) => p.bbox!));
}

/**
 * At most this many parks in view load their files (zones, projects, outlines). Zoomed out over
 * more than that, a large catalog shows each park as a ring from the index until the reader
 * zooms in or picks one: 2,500 park files are a minute's download, 40 a moment's.
 */
export const VIEW_PARKS = 40;

/** Parks whose extent meets the view, or undefined when more than `max` do (the map is zoomed out too far to load them all). */
export function parksInView(catalog: Catalog, view: Bounds, max: number): string[] | undefined {
  const ids: string[] = [];
  for (const p of catalog.index.parks) {
    const b = p.bbox;
    if (!b || b[2] < view[0] || b[0] > view[2] || b[3] < view[1] || b[1] > view[3]) continue;
    if (ids.push(p.id) > max) return undefined;
  }
  return ids;
}
