import { describe, it, expect } from 'vitest';
import {
  decodeEchartsGeometry,
  decodeEchartsRing,
  decodeTopoArcs,
  stitchTopoArcs,
  topoArcIndices,
  topoPolygons,
  type Position,
  type Topology,
} from '../../scripts/basemap/decode.ts';
import {
  assembleArea,
  clipLine,
  pointInPolygon,
  ringArea,
  simplifyLine,
  splitAtBoxEdge,
  stitchLines,
  type BBox,
} from '../../scripts/basemap/geometry.ts';

/** Reference encoder (inverse of ECharts' decode) so tests can state coordinates plainly. */
function encodeRing(points: Position[], scale = 1024): { encoded: string; offset: Position } {
  const ints = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: Position = [ints[0]![0], ints[0]![1]];
  let [px, py] = offset;
  let encoded = '';
  for (const [x, y] of ints) {
    const zig = (n: number) => (n << 1) ^ (n >> 31);
    encoded += String.fromCharCode(zig(x - px) + 64, zig(y - py) + 64);
    px = x;
    py = y;
  }
  return { encoded, offset };
}

describe('ECharts UTF8Encoding decoder', () => {
  it('decodes a hand-checked ring', () => {
    // "@@" = (0, 0) from the offset; "BA" = (+1, -1); "AB" = (-1, +1) in 1/1024 degree steps.
    const ring = decodeEchartsRing('@@BAAB', [1024 * 120, 1024 * 30]);
    expect(ring).toEqual([
      [120, 30],
      [120 + 1 / 1024, 30 - 1 / 1024],
      [120, 30],
    ]);
  });

  it('round-trips a ring through the reference encoder, including larger deltas', () => {
    const points: Position[] = [
      [125.3245, 43.8868],
      [125.35, 43.9],
      [125.2, 43.95],
      [125.3245, 43.8868],
    ];
    const { encoded, offset } = encodeRing(points);
    const decoded = decodeEchartsRing(encoded, offset);
    decoded.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(points[i]![0], 3);
      expect(p[1]).toBeCloseTo(points[i]![1], 3);
    });
  });

  it('decodes Polygon and MultiPolygon geometries with per-ring offsets', () => {
    const a = encodeRing([
      [120, 30],
      [120.5, 30],
      [120.5, 30.5],
      [120, 30],
    ]);
    const b = encodeRing([
      [121, 31],
      [121.25, 31],
      [121.25, 31.25],
      [121, 31],
    ]);
    const poly = decodeEchartsGeometry({ type: 'Polygon', coordinates: [a.encoded], encodeOffsets: [a.offset] });
    expect(poly).toHaveLength(1);
    expect(poly[0]![0]![1]).toEqual([120.5, 30]);
    const multi = decodeEchartsGeometry({
      type: 'MultiPolygon',
      coordinates: [[a.encoded], [b.encoded]],
      encodeOffsets: [[a.offset], [b.offset]],
    });
    expect(multi).toHaveLength(2);
    expect(multi[1]![0]![2]).toEqual([121.25, 31.25]);
  });
});

describe('TopoJSON arc decoder', () => {
  // Two squares sharing arc 1 (x = 1), quantized with scale 1 and translate (100, 20).
  const topology: Topology = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [100, 20] },
    arcs: [
      [
        [1, 0],
        [-1, 0],
        [0, 1],
        [1, 0],
      ], // (101,20) → (100,20) → (100,21) → (101,21)
      [
        [1, 1],
        [0, -1],
      ], // (101,21) → (101,20): the shared edge
      [
        [1, 1],
        [1, 0],
        [0, -1],
        [-1, 0],
      ], // (101,21) → (102,21) → (102,20) → (101,20)
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { name: 'West' } },
          { type: 'Polygon', arcs: [[2, ~1]], properties: { name: 'East' } },
        ],
      },
    },
  };

  it('undoes delta encoding and the transform', () => {
    const arcs = decodeTopoArcs(topology);
    expect(arcs[0]).toEqual([
      [101, 20],
      [100, 20],
      [100, 21],
      [101, 21],
    ]);
    expect(arcs[1]).toEqual([
      [101, 21],
      [101, 20],
    ]);
  });

  it('stitches arcs into closed rings, reversing negative references', () => {
    const arcs = decodeTopoArcs(topology);
    expect(stitchTopoArcs([0, 1], arcs)).toEqual([
      [101, 20],
      [100, 20],
      [100, 21],
      [101, 21],
      [101, 20],
    ]);
    // ~1 (= -2) is arc 1 reversed, (101,20) → (101,21); its first point repeats and is dropped.
    const east = topoPolygons(topology.objects['countries']!.geometries[1]!, arcs);
    expect(east[0]![0]).toEqual([
      [101, 21],
      [102, 21],
      [102, 20],
      [101, 20],
      [101, 21],
    ]);
  });

  it('reports arc indices for finding shared borders', () => {
    const [west, east] = topology.objects['countries']!.geometries;
    expect(topoArcIndices(west!)).toEqual([0, 1]);
    expect(topoArcIndices(east!)).toEqual([2, 1]);
  });

  it('passes through unquantized topologies', () => {
    expect(
      decodeTopoArcs({
        arcs: [
          [
            [1.5, 2.5],
            [3, 4],
          ],
        ],
      }),
    ).toEqual([
      [
        [1.5, 2.5],
        [3, 4],
      ],
    ]);
  });
});

describe('shoreline assembly', () => {
  const box: BBox = [0, 0, 10, 10];

  it('closes a coast crossing the box into land and sea polygons', () => {
    // Coast runs east → west at y = 5 with land (south) on its left, as GMT dumps GSHHG.
    const coast: Position[] = [
      [10, 5],
      [5, 6],
      [0, 5],
    ];
    const land = assembleArea([coast], box, false).polygons;
    const sea = assembleArea([[...coast].reverse()], box, false).polygons;
    expect(land).toHaveLength(1);
    expect(pointInPolygon([5, 2], land[0]!)).toBe(true);
    expect(pointInPolygon([5, 8], land[0]!)).toBe(false);
    expect(pointInPolygon([5, 8], sea[0]!)).toBe(true);
    expect(ringArea(land[0]![0]!)).toBeGreaterThan(0);
  });

  it('turns a reversed island ring into a hole in the sea', () => {
    const island: Position[] = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ]; // CCW: land on the left
    const sea = assembleArea([[...island].reverse()], box, false).polygons;
    expect(sea).toHaveLength(1);
    expect(sea[0]).toHaveLength(2);
    expect(pointInPolygon([5, 5], sea[0]!)).toBe(false);
    expect(pointInPolygon([1, 1], sea[0]!)).toBe(true);
  });

  it('stitches bin pieces, clips, and drops runs along the box edge', () => {
    expect(
      stitchLines([
        [
          [2, 2],
          [3, 3],
        ],
        [
          [1, 1],
          [2, 2],
        ],
      ]),
    ).toEqual([
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    ]);
    expect(
      clipLine(
        [
          [-5, 5],
          [5, 5],
          [15, 5],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
    ]);
    // A ring GMT closed along the top edge becomes one open line ending on that edge.
    const pieces = splitAtBoxEdge(
      [
        [2, 10],
        [3, 8],
        [5, 8],
        [6, 10],
        [2, 10],
      ],
      box,
    );
    expect(pieces).toEqual([
      [
        [2, 10],
        [3, 8],
        [5, 8],
        [6, 10],
      ],
    ]);
  });

  it('simplifies with Douglas–Peucker and keeps end points', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.01],
          [2, 0],
          [3, 5],
        ],
        0.1,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
    ]);
  });
});
