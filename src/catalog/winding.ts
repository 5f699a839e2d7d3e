import type { Boundary, Position } from './schema';

/**
 * RFC 7946 §3.1.6: a polygon's exterior ring runs counter-clockwise and its holes clockwise (the
 * right-hand rule). The catalog's outlines are drawn either way, so downloads rewind them; the
 * map does not care. Signed area by the shoelace formula on lon/lat: positive is counter-clockwise.
 */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!,
      [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

const oriented = (ring: Position[], ccw: boolean) => (signedArea(ring) > 0 === ccw ? ring : [...ring].reverse());
const rewindPolygon = (rings: Position[][]) => rings.map((ring, i) => oriented(ring, i === 0));

export function rewind(geometry: Boundary['geometry']): Boundary['geometry'] {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
}
