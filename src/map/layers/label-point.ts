import { polygons, type AnyPolygon } from '../../catalog/geo';
import type { Position } from '../../catalog/schema';

type Ring = Position[];

/** Planar signed area and centroid of a ring: fine at the scale of a park. */
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let a = 0,
    cx = 0,
    cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return a === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area: a / 2, x: cx / (3 * a), y: cy / (3 * a) };
}

/** Crossings of the horizontal line at y with every ring edge, sorted: inside is between pairs. */
function crossings(rings: Ring[], y: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  return xs.sort((a, b) => a - b);
}

export function pointInPolygon([x, y]: Position, rings: Ring[]): boolean {
  const xs = crossings(rings, y);
  let inside = false;
  for (const cx of xs) if (cx < x) inside = !inside;
  return inside;
}

/**
 * A point inside the largest part of a (multi)polygon, for a label that must sit on its zone:
 * the centroid when it falls inside, otherwise the middle of the widest run across the shape
 * (a concave or ring-shaped zone). MapLibre's own polygon labels are placed per tile and repeat
 * at tile edges, hence one point per feature. O(vertices).
 */
export function labelPoint(geometry: AnyPolygon): Position {
  let best: Ring[] = [];
  let bestArea = -1;
  for (const polygon of polygons(geometry)) {
    const area = Math.abs(ringCentroid(polygon[0] ?? []).area);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  const outer = best[0] ?? [];
  const c = ringCentroid(outer);
  if (pointInPolygon([c.x, c.y], best)) return [c.x, c.y];
  let minY = Infinity,
    maxY = -Infinity;
  for (const [, y] of outer) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  let point: Position = outer[0] ?? [0, 0];
  let widest = -1;
  for (const t of [0.5, 0.3, 0.7, 0.15, 0.85]) {
    const y = minY + (maxY - minY) * t;
    const xs = crossings(best, y);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = xs[i + 1]! - xs[i]!;
      if (width > widest) {
        widest = width;
        point = [(xs[i]! + xs[i + 1]!) / 2, y];
      }
    }
  }
  return point;
}
