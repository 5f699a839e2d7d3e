import type { Position } from './schema';

type Ring = Position[];
type PolygonCoords = Ring[];

const EARTH_RADIUS_M = 6_378_137;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Geodesic area of a ring on the WGS84 sphere in m² (Chamberlain & Duquette 2007, the method
 * @turf/area uses), absolute so winding order does not matter.
 */
export function ringArea(ring: Ring): number {
  const n = ring.length;
  if (n < 4) return 0;
  let total = 0;
  for (let i = 0; i < n - 1; i++) {
    const [lon1, lat1] = ring[i]!;
    const [lon2, lat2] = ring[i + 1]!;
    total += rad(lon2 - lon1) * (2 + Math.sin(rad(lat1)) + Math.sin(rad(lat2)));
  }
  return Math.abs((total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

export function polygonArea(polygon: PolygonCoords): number {
  const [outer, ...holes] = polygon;
  if (!outer) return 0;
  return holes.reduce((area, hole) => area - ringArea(hole), ringArea(outer));
}

export type AnyPolygon = { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

export function polygons(geometry: AnyPolygon): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Area in km², the unit the sources state areas in. */
export function geometryAreaKm2(geometry: AnyPolygon): number {
  return polygons(geometry).reduce((sum, p) => sum + polygonArea(p), 0) / 1e6;
}

export function isClosed(ring: Ring): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return !!first && !!last && first[0] === last[0] && first[1] === last[1];
}

function orientation(a: Position, b: Position, c: Position): number {
  const v = (b[1] - a[1]) * (c[0] - b[0]) - (b[0] - a[0]) * (c[1] - b[1]);
  return v === 0 ? 0 : v > 0 ? 1 : 2;
}

function onSegment(a: Position, b: Position, c: Position): boolean {
  return Math.min(a[0], c[0]) <= b[0] && b[0] <= Math.max(a[0], c[0]) && Math.min(a[1], c[1]) <= b[1] && b[1] <= Math.max(a[1], c[1]);
}

function segmentsIntersect(p1: Position, q1: Position, p2: Position, q2: Position): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p1, p2, q1)) ||
    (o2 === 0 && onSegment(p1, q2, q1)) ||
    (o3 === 0 && onSegment(p2, p1, q2)) ||
    (o4 === 0 && onSegment(p2, q1, q2))
  );
}

/** The index of the first edge that crosses a non-adjacent edge of the same ring, or -1. */
export function selfIntersection(ring: Ring): number {
  const edges = ring.length - 1;
  for (let i = 0; i < edges; i++) {
    for (let j = i + 2; j < edges; j++) {
      if (i === 0 && j === edges - 1) continue; // first and last edge share the closing vertex
      if (segmentsIntersect(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return i;
    }
  }
  return -1;
}

/** Centre of the bounding box: good enough to place a label or centre the camera. */
export function bboxOf(geometry: AnyPolygon): [number, number, number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const polygon of polygons(geometry)) {
    for (const [x, y] of polygon[0] ?? []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * A circle of `radiusM` metres around a point, as a closed polygon ring of `steps` sides (on the
 * sphere, so it stays round on the ground at any latitude). Draws what a radius means: a
 * location's uncertainty, or a stated area where no boundary is published.
 */
export function circlePolygon([lon, lat]: Position, radiusM: number, steps = 64): { type: 'Polygon'; coordinates: Ring[] } {
  const d = radiusM / EARTH_RADIUS_M;
  const φ1 = rad(lat);
  const λ1 = rad(lon);
  const ring: Ring = [];
  for (let i = 0; i < steps; i++) {
    // Counter-clockwise from north, as GeoJSON (RFC 7946) wants an outer ring.
    const θ = (-2 * Math.PI * i) / steps;
    const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
    const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
    ring.push([(λ2 * 180) / Math.PI, (φ2 * 180) / Math.PI]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

/** The radius (m) of a circle of `areaKm2` square kilometres: a stated area drawn where no boundary is published. */
export const radiusForAreaM = (areaKm2: number) => Math.sqrt((areaKm2 * 1e6) / Math.PI);
