/**
 * Small planar geometry helpers for the basemap build, working directly in lon/lat degrees.
 * The areas are small (about 2°), so treating degrees as planar is fine for clipping,
 * simplification and inside/outside tests. Pure functions, no I/O.
 */
import type { PolygonCoords, Position } from './decode.ts';

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function bboxOf(points: Iterable<Position>): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export function inBBox([x, y]: Position, b: BBox): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/** Rounds to `decimals` and drops consecutive duplicates that rounding (or the source) made. */
export function roundLine(points: Position[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const out: Position[] = [];
  for (const [x, y] of points) {
    const p: Position = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker; keeps both end points. Iterative so long coastlines cannot blow the stack. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxDist = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index >= 0 && maxDist > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring (first === last). DP needs two distinct anchors, so the ring is split
 * at the vertex farthest from its start and each half simplified. Returns null when the ring
 * collapses below a triangle (tiny islands and lakes at this tolerance).
 */
export function simplifyRing(ring: Position[], tolerance: number): Position[] | null {
  if (ring.length < 4) return null;
  const start = ring[0]!;
  let far = 1;
  let farDist = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const d = Math.hypot(ring[i]![0] - start[0], ring[i]![1] - start[1]);
    if (d > farDist) {
      farDist = d;
      far = i;
    }
  }
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine(ring.slice(far), tolerance);
  const out = [...a, ...b.slice(1)];
  return out.length >= 4 ? out : null;
}

/** Signed area (shoelace, square degrees): positive for counter-clockwise rings. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2;
}

export function pointInRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(p: Position, polygon: PolygonCoords): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h));
}

/** Liang–Barsky clip of one segment; returns the kept part or null. */
function clipSegment(a: Position, b: Position, box: BBox): [Position, Position] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - box[0]],
    [dx, box[2] - a[0]],
    [-dy, a[1] - box[1]],
    [dy, box[3] - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  const at = (t: number): Position => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/** Clips a polyline to a box; a line that leaves and re-enters becomes several lines. */
export function clipLine(points: Position[], box: BBox): Position[][] {
  const out: Position[][] = [];
  let current: Position[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const seg = clipSegment(points[i]!, points[i + 1]!, box);
    if (!seg) {
      if (current.length > 1) out.push(current);
      current = [];
      continue;
    }
    const last = current[current.length - 1];
    if (!last || last[0] !== seg[0][0] || last[1] !== seg[0][1]) {
      if (current.length > 1) out.push(current);
      current = [seg[0]];
    }
    current.push(seg[1]);
    // The segment was cut at its far end: the line leaves the box here.
    if (seg[1] !== points[i + 1]) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

/**
 * Clips a closed ring to the box as a closed line: rotates it to start outside the box first, so
 * the pieces come out whole (no piece wrapping across the ring's start).
 */
export function clipClosedLine(ring: Position[], box: BBox): Position[][] {
  const outside = ring.findIndex((p) => !inBBox(p, box));
  if (outside < 0) return [ring];
  const open = ring.slice(0, -1);
  const rotated = [...open.slice(outside), ...open.slice(0, outside), open[outside]!];
  return clipLine(rotated, box);
}

/** Sutherland–Hodgman clip of a polygon ring (for fills only: the cut follows the box edge). */
export function clipRing(ring: Position[], box: BBox): Position[] | null {
  type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };
  const lerpX = (a: Position, b: Position, x: number): Position => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const lerpY = (a: Position, b: Position, y: number): Position => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  const edges: Edge[] = [
    { inside: (p) => p[0] >= box[0], cut: (a, b) => lerpX(a, b, box[0]) },
    { inside: (p) => p[0] <= box[2], cut: (a, b) => lerpX(a, b, box[2]) },
    { inside: (p) => p[1] >= box[1], cut: (a, b) => lerpY(a, b, box[1]) },
    { inside: (p) => p[1] <= box[3], cut: (a, b) => lerpY(a, b, box[3]) },
  ];
  let points = ring.slice(0, -1);
  for (const edge of edges) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(cur)) {
        if (!edge.inside(prev)) points.push(edge.cut(prev, cur));
        points.push(cur);
      } else if (edge.inside(prev)) {
        points.push(edge.cut(prev, cur));
      }
    }
    if (points.length === 0) return null;
  }
  return points.length >= 3 ? [...points, points[0]!] : null;
}

const key = ([x, y]: Position) => `${x.toFixed(7)},${y.toFixed(7)}`;

export function isClosed(line: Position[]): boolean {
  const a = line[0];
  const b = line[line.length - 1];
  return line.length >= 4 && !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

/**
 * Joins directed pieces whose end equals another piece's start (GMT dumps GSHHG shorelines cut
 * at its 1° storage bins). Direction is kept, because it tells which side is land.
 */
export function stitchLines(pieces: Position[][]): Position[][] {
  const byStart = new Map<string, number[]>();
  pieces.forEach((p, i) => {
    if (p.length < 2 || isClosed(p)) return;
    const k = key(p[0]!);
    byStart.set(k, [...(byStart.get(k) ?? []), i]);
  });
  const used = new Uint8Array(pieces.length);
  const out: Position[][] = [];
  const takeNext = (end: Position): number | undefined => {
    const list = byStart.get(key(end));
    const i = list?.find((j) => !used[j]);
    if (i !== undefined) used[i] = 1;
    return i;
  };
  // Pieces nobody continues into are chain heads; start there so chains come out whole.
  const ends = new Set(pieces.filter((p) => p.length >= 2 && !isClosed(p)).map((p) => key(p[p.length - 1]!)));
  const order = pieces.map((_, i) => i).sort((a, b) => Number(ends.has(key(pieces[a]![0]!))) - Number(ends.has(key(pieces[b]![0]!))));
  for (const i of order) {
    const piece = pieces[i]!;
    if (used[i] || piece.length < 2) continue;
    used[i] = 1;
    const line = piece.slice();
    if (!isClosed(line)) {
      for (let next = takeNext(line[line.length - 1]!); next !== undefined; next = takeNext(line[line.length - 1]!)) {
        line.push(...pieces[next]!.slice(1));
        if (isClosed(line)) break;
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * Cuts a line where it runs along the box edge. GMT closes shoreline rings it clips at the
 * region boundary by following the boundary; those runs are not shoreline, and dropping them
 * turns such rings into open lines that end on the edge, which is what assembleArea expects.
 */
export function splitAtBoxEdge(line: Position[], box: BBox): Position[][] {
  const eps = 1e-9;
  const onSameEdge = (a: Position, b: Position) =>
    (Math.abs(a[0] - box[0]) < eps && Math.abs(b[0] - box[0]) < eps) ||
    (Math.abs(a[0] - box[2]) < eps && Math.abs(b[0] - box[2]) < eps) ||
    (Math.abs(a[1] - box[1]) < eps && Math.abs(b[1] - box[1]) < eps) ||
    (Math.abs(a[1] - box[3]) < eps && Math.abs(b[1] - box[3]) < eps);
  const firstEdge = line.findIndex((p, i) => i + 1 < line.length && onSameEdge(p, line[i + 1]!));
  if (firstEdge < 0) return [line];
  // A closed ring is rotated to begin right after an edge run, so no piece wraps around.
  const path = isClosed(line) ? [...line.slice(firstEdge + 1, -1), ...line.slice(0, firstEdge + 1)] : line;
  const out: Position[][] = [];
  let current: Position[] = [path[0]!];
  for (let i = 0; i + 1 < path.length; i++) {
    if (onSameEdge(path[i]!, path[i + 1]!)) {
      if (current.length > 1) out.push(current);
      current = [path[i + 1]!];
    } else {
      current.push(path[i + 1]!);
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

/** Position along the box perimeter, counter-clockwise from the south-west corner. */
function perimeterPosition([x, y]: Position, box: BBox): number {
  const [x0, y0, x1, y1] = box;
  const w = x1 - x0;
  const h = y1 - y0;
  const d = [Math.abs(y - y0), Math.abs(x - x1), Math.abs(y - y1), Math.abs(x - x0)];
  const edge = d.indexOf(Math.min(...d));
  if (edge === 0) return x - x0;
  if (edge === 1) return w + (y - y0);
  if (edge === 2) return w + h + (x1 - x);
  return 2 * w + h + (y1 - y);
}

function distanceToBoxEdge(p: Position, box: BBox): number {
  return Math.min(Math.abs(p[1] - box[1]), Math.abs(p[0] - box[2]), Math.abs(p[1] - box[3]), Math.abs(p[0] - box[0]));
}

export type AssembleResult = { polygons: PolygonCoords[]; warnings: string[] };

/**
 * Builds area polygons inside `box` from directed boundary lines that keep the area on their LEFT
 * (counter-clockwise exteriors, clockwise holes). Lines must already be clipped to the box: open
 * lines start and end on the box edge and are closed by walking the edge counter-clockwise,
 * which keeps the area on the left. Closed clockwise rings are holes of whichever exterior
 * contains them; if none does, the whole box is the exterior (e.g. sea around an island).
 * `boxIsArea` decides the case with no lines touching the edge at all.
 */
export function assembleArea(lines: Position[][], box: BBox, boxIsArea: boolean): AssembleResult {
  const warnings: string[] = [];
  const [x0, y0, x1, y1] = box;
  const w = x1 - x0;
  const h = y1 - y0;
  const perimeter = 2 * (w + h);
  const corners: { t: number; p: Position }[] = [
    { t: w, p: [x1, y0] },
    { t: w + h, p: [x1, y1] },
    { t: 2 * w + h, p: [x0, y1] },
    { t: perimeter, p: [x0, y0] },
  ];
  const tolerance = 1e-6 * Math.max(w, h);

  const open: { line: Position[]; tStart: number; tEnd: number }[] = [];
  const exteriors: Position[][] = [];
  const holes: Position[][] = [];
  for (const line of lines) {
    if (isClosed(line)) {
      (ringArea(line) > 0 ? exteriors : holes).push(line);
      continue;
    }
    const a = line[0]!;
    const b = line[line.length - 1]!;
    if (distanceToBoxEdge(a, box) > tolerance || distanceToBoxEdge(b, box) > tolerance) {
      warnings.push(`dropped a line ending inside the box near ${a.join(',')} / ${b.join(',')}`);
      continue;
    }
    open.push({ line, tStart: perimeterPosition(a, box), tEnd: perimeterPosition(b, box) });
  }

  // Walk: from a line's end, go counter-clockwise along the edge to the nearest line start.
  const used = new Uint8Array(open.length);
  for (let first = 0; first < open.length; first++) {
    if (used[first]) continue;
    const ring: Position[] = [];
    let current = first;
    for (let guard = 0; guard <= open.length; guard++) {
      used[current] = 1;
      const { line, tEnd } = open[current]!;
      ring.push(...line);
      let next = -1;
      let best = Infinity;
      open.forEach((o, i) => {
        const gap = (o.tStart - tEnd + perimeter) % perimeter;
        if ((i === first || !used[i]) && gap < best) {
          best = gap;
          next = i;
        }
      });
      ring.push(...cornersBetween(corners, perimeter, tEnd, best));
      if (next === first || next < 0) break;
      current = next;
    }
    ring.push(ring[0]!);
    exteriors.push(ring);
  }

  if (exteriors.length === 0 && (holes.length > 0 || boxIsArea)) {
    exteriors.push([
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ]);
  }
  const polygons: PolygonCoords[] = exteriors.map((e) => [e]);
  for (const hole of holes) {
    // Smallest containing exterior: exteriors may nest (an island's lake holds an islet).
    const probe = hole[0]!;
    const owner = polygons
      .filter((p) => pointInRing(probe, p[0]!))
      .sort((a, b) => Math.abs(ringArea(a[0]!)) - Math.abs(ringArea(b[0]!)))[0];
    if (owner) owner.push(hole);
    else warnings.push(`hole at ${probe.join(',')} lies in no exterior; dropped`);
  }
  return { polygons, warnings };
}

/** Box corners met when walking `distance` counter-clockwise from perimeter position `from`. */
function cornersBetween(corners: { t: number; p: Position }[], perimeter: number, from: number, distance: number): Position[] {
  return corners
    .flatMap((c) => [c.t, c.t + perimeter].map((t) => ({ along: t - from, p: c.p })))
    .filter((c) => c.along > 0 && c.along < distance)
    .sort((a, b) => a.along - b.along)
    .map((c) => c.p);
}
