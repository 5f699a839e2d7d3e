import type { ParkIndex, ParkSummary } from '../catalog/park-index';
import { unionBounds, type Bounds } from '../catalog/park-index';
import { groupByRegion } from '../catalog/regions';
import type { Name } from '../catalog/schema';
import { POINT_ZOOM, type CameraTarget } from './camera';

/** A city of the catalog (a municipality counts as one): its parks' extent, for the way in from the national view. */
export type City = { key: string; name: Name; province: Name; count: number; parks: readonly string[]; bounds: Bounds };

/**
 * Parks of one city further apart than this (degrees of longitude or latitude) are not drawn as
 * one city marker: the marker would stand for a region, not a place (the synthetic catalog's
 * one "region" spans China).
 */
export const CITY_SPAN = 1.5;

/** Every city with parks that have an extent, from the index (loaded or not), in English alphabetical order. */
export function citiesOf(index: ParkIndex): City[] {
  const placed = index.parks.filter((p): p is ParkSummary & { bbox: Bounds } => !!p.bbox);
  return groupByRegion(placed, (p) => ({ en: p.region, zh: p.regionZh })).flatMap((province) =>
    province.cities.map((city) => ({
      key: city.key,
      name: city.name ?? province.name,
      province: province.name,
      count: city.count,
      parks: city.items.map((p) => p.id),
      bounds: unionBounds(city.items.map((p) => p.bbox))!,
    })),
  );
}

/** Whether a city is drawn as one marker at the national view: several parks, close together. */
export const clusters = (city: City) =>
  city.count > 1 && city.bounds[2] - city.bounds[0] < CITY_SPAN && city.bounds[3] - city.bounds[1] < CITY_SPAN;

/** Where the camera goes for a city: its parks' extent, or a neighbourhood around its one point. */
export function cityTarget(bounds: Bounds): CameraTarget {
  const [w, s, e, n] = bounds;
  return w === e && s === n ? { kind: 'point', center: [w, s], zoom: POINT_ZOOM.park } : { kind: 'bounds', bounds };
}
