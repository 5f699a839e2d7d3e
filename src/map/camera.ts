import { zoneKey, type Catalog } from '../catalog/catalog';
import { bboxOf } from '../catalog/geo';
import { parkBounds, unionBounds as union, type Bounds } from '../catalog/park-index';
import type { Park, Position } from '../catalog/schema';
import type { UrlState } from '../url/registry';

export type CameraTarget = { kind: 'bounds'; bounds: Bounds } | { kind: 'point'; center: Position; zoom: number };
export type Selection = Pick<UrlState, 'park' | 'zone' | 'project'>;

/** Zoom for a single point (a project, a park with no geometry): a neighbourhood in view. */
export const POINT_ZOOM = { project: 14, park: 12 } as const;


/** Where the camera goes for a selection; undefined when the ids are unknown (the panel says so). */
export function selectionTarget(catalog: Catalog, selection: Selection): CameraTarget | undefined {
  if (selection.project) {
    const entry = catalog.projectById.get(selection.project);
    return entry && { kind: 'point', center: entry.project.location.point.coordinates, zoom: POINT_ZOOM.project };
  }
  if (!selection.park) return undefined;
  const park = catalog.parkById.get(selection.park);
  if (!park) return undefined;
  const zone = selection.zone ? catalog.zoneByKey.get(zoneKey(park.id, selection.zone))?.zone : undefined;
  if (zone) return { kind: 'bounds', bounds: bboxOf(zone.boundary.geometry) };
  const bounds = parkBounds(park);
  return bounds[0] === bounds[2] && bounds[1] === bounds[3]
    ? { kind: 'point', center: [bounds[0], bounds[1]], zoom: POINT_ZOOM.park }
    : { kind: 'bounds', bounds };
}

/** The park a selection belongs to (for "the current region"). */
export function selectedPark(catalog: Catalog, selection: Selection): Park | undefined {
  if (selection.project) return catalog.projectById.get(selection.project)?.park;
  return selection.park ? catalog.parkById.get(selection.park) : undefined;
}

/**
 * "Reset view": every non-reference park of the selected park's region, or of the whole catalog
 * when nothing is selected. Undefined for an empty catalog (the map keeps its camera).
 */
export function resetBounds(catalog: Catalog, selection: Selection = {}): Bounds | undefined {
  const region = selectedPark(catalog, selection)?.region.en;
  const parks = catalog.parks.filter((p) => !p.reference);
  const inRegion = region ? parks.filter((p) => p.region.en === region) : parks;
  const chosen = inRegion.length ? inRegion : parks.length ? parks : catalog.parks;
  return union(chosen.map(parkBounds));
}
