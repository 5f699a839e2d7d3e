/**
 * Pure decoders for the two compact map encodings the basemap sources use. No I/O, so the unit
 * tests can exercise them on tiny hand-made inputs (tests/unit/basemap-decode.test.ts).
 */

export type Position = [number, number];

// ---------------------------------------------------------------------------------------------
// ECharts "UTF8Encoding" (echarts 4.x map/json/*.json)
// ---------------------------------------------------------------------------------------------
// Each ring is a string; every pair of characters is one (x, y) step. A character's code minus
// 64 is a zigzag-encoded integer delta from the previous vertex; the first vertex is relative to
// the ring's `encodeOffsets` entry. Integers are in 1/scale degrees (scale defaults to 1024).
// This mirrors `decode`/`decodePolygon` in echarts/src/coord/geo/parseGeoJson.js (Apache-2.0).

export type EchartsGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: Position[] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: Position[][] };

export type EchartsFeature = {
  id?: string;
  type: 'Feature';
  properties: { name: string; cp?: Position; childNum?: number; [key: string]: unknown };
  geometry: EchartsGeometry;
};

export type EchartsMap = {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsFeature[];
};

export type PolygonCoords = Position[][];

/** Decodes one encoded ring; `offset` is the ring's encodeOffsets entry. */
export function decodeEchartsRing(encoded: string, offset: Position, scale = 1024): Position[] {
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    prevX += zigzag(encoded.charCodeAt(i) - 64);
    prevY += zigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([prevX / scale, prevY / scale]);
  }
  return ring;
}

function zigzag(n: number): number {
  return (n >> 1) ^ -(n & 1);
}

/** Decodes one feature's geometry to plain GeoJSON polygons (always as a list of polygons). */
export function decodeEchartsGeometry(geometry: EchartsGeometry, scale = 1024): PolygonCoords[] {
  if (geometry.type === 'Polygon') {
    return [geometry.coordinates.map((ring, r) => decodeEchartsRing(ring, offsetAt(geometry.encodeOffsets[r]), scale))];
  }
  return geometry.coordinates.map((polygon, p) =>
    polygon.map((ring, r) => decodeEchartsRing(ring, offsetAt(geometry.encodeOffsets[p]?.[r]), scale)),
  );
}

function offsetAt(offset: Position | undefined): Position {
  if (!offset) throw new Error('ECharts geometry: ring without encodeOffsets entry');
  return offset;
}

/** Scale of a whole map file (ECharts' default is 1024 when UTF8Scale is absent). */
export function echartsScale(map: EchartsMap): number {
  return map.UTF8Scale ?? 1024;
}

// ---------------------------------------------------------------------------------------------
// TopoJSON (world-atlas)
// ---------------------------------------------------------------------------------------------
// Arcs are shared polylines. In a quantized topology (with `transform`) each arc's positions are
// integer deltas from the previous position; the first is absolute. A geometry refers to arcs by
// index; a negative index ~i (i.e. -i - 1) means arc i reversed. Consecutive arcs of a ring share
// their joining point, so every arc after the first drops its first position.

export type TopoTransform = { scale: Position; translate: Position };

export type TopoGeometry =
  | { type: 'Polygon'; arcs: number[][]; id?: string | number; properties?: Record<string, unknown> }
  | { type: 'MultiPolygon'; arcs: number[][][]; id?: string | number; properties?: Record<string, unknown> }
  | { type: 'LineString' | 'MultiLineString' | 'Point' | 'MultiPoint' | null; id?: string | number; properties?: Record<string, unknown> };

export type Topology = {
  type: 'Topology';
  transform?: TopoTransform;
  arcs: Position[][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
};

/** Returns every arc as absolute lon/lat positions (undoes delta encoding and quantization). */
export function decodeTopoArcs(topology: Pick<Topology, 'arcs' | 'transform'>): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map(([x, y]) => [x, y] as Position);
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

/** Joins arc references (possibly reversed) into one ring or line. */
export function stitchTopoArcs(refs: number[], arcs: Position[][]): Position[] {
  const out: Position[] = [];
  for (const ref of refs) {
    const arc = arcs[ref < 0 ? ~ref : ref];
    if (!arc) throw new Error(`TopoJSON: arc ${ref} does not exist`);
    const points = ref < 0 ? [...arc].reverse() : arc;
    // The first point of each following arc repeats the last point of the previous one.
    out.push(...(out.length > 0 ? points.slice(1) : points));
  }
  return out;
}

/** Polygon / MultiPolygon topology geometry → list of GeoJSON polygons (empty for others). */
export function topoPolygons(geometry: TopoGeometry, arcs: Position[][]): PolygonCoords[] {
  if (geometry.type === 'Polygon') return [geometry.arcs.map((ring) => stitchTopoArcs(ring, arcs))];
  if (geometry.type === 'MultiPolygon') {
    return geometry.arcs.map((polygon) => polygon.map((ring) => stitchTopoArcs(ring, arcs)));
  }
  return [];
}

/** Arc indices (non-negative) used by a polygonal geometry, for finding shared borders. */
export function topoArcIndices(geometry: TopoGeometry): number[] {
  const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : [];
  return rings.flat().map((ref) => (ref < 0 ? ~ref : ref));
}
