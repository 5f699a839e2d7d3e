/**
 * Guangzhou International Bio Island is Guanzhou Island (官洲岛), a river island of about
 * 2.8 × 0.9 km in the Pearl River (FACTS-PARKS.md G7 centre 23.06833 N 113.36944 E, G16 size).
 * GSHHG's 1:250k shoreline draws the wide channel north of it and the one to the east, but not
 * the narrow channels to its west and south (towards Haizhu's orchards and University Town), and
 * the district polygons join the island to Haizhu District, so without help the island reads as
 * mainland (GSHHG's river also runs about 1.5 km north-east of where the island's channels are).
 * These hand-authored channel lines put water round it. Approximate: placed from the island's
 * centre and size with its long axis assumed east–west, not traced from a survey; drawn like the
 * Qiantang course (a water-coloured line of about a channel's width).
 */
import type { Position } from './decode.ts';

export type ChannelFeature = {
  type: 'Feature';
  properties: { id: string; kind: 'river'; approximate: true; width_m: number; method: string };
  geometry: { type: 'LineString'; coordinates: Position[] };
};

const CENTRE: Position = [113.36944, 23.06833];
/** Half the island's length and width in degrees at this latitude (2.8 km × 0.9 km), plus a channel's half width. */
const HALF_LON = 1.4 / (111.32 * Math.cos((CENTRE[1] * Math.PI) / 180));
const HALF_LAT = 0.45 / 111.32;
const GAP_LAT = 0.2 / 111.32;
const GAP_LON = 0.2 / (111.32 * Math.cos((CENTRE[1] * Math.PI) / 180));

const at = (dx: number, dy: number): Position => [Math.round((CENTRE[0] + dx) * 1e5) / 1e5, Math.round((CENTRE[1] + dy) * 1e5) / 1e5];

/**
 * A ring of channel round the island (an ellipse a channel's half width outside the island's
 * stated size) and a short reach joining it to GSHHG's Pearl River north-east of the island.
 */
export function bioIslandChannels(): ChannelFeature[] {
  const method =
    'approximate: a channel ring round Guanzhou Island from its centre and stated size (FACTS-PARKS G7, G16), long axis assumed east–west; GSHHG lacks these channels';
  const ring: Position[] = [];
  for (let i = 0; i <= 32; i++) {
    const t = (i / 32) * 2 * Math.PI;
    ring.push(at(Math.cos(t) * (HALF_LON + GAP_LON), Math.sin(t) * (HALF_LAT + GAP_LAT)));
  }
  const props = (id: string) => ({ id, kind: 'river' as const, approximate: true as const, width_m: 250, method });
  return [
    { type: 'Feature', properties: props('bio-island-channel-ring'), geometry: { type: 'LineString', coordinates: ring } },
    {
      type: 'Feature',
      properties: props('bio-island-channel-north-east'),
      geometry: {
        type: 'LineString',
        coordinates: [at(HALF_LON * 0.7, HALF_LAT + GAP_LAT), at(HALF_LON + 0.006, 0.009), at(HALF_LON + 0.012, 0.0125)],
      },
    },
  ];
}

/** Inside the channel ring (the island and its channels)? */
export function onBioIsland([x, y]: Position): boolean {
  return ((x - CENTRE[0]) / (HALF_LON + GAP_LON)) ** 2 + ((y - CENTRE[1]) / (HALF_LAT + GAP_LAT)) ** 2 < 1;
}

/**
 * GSHHG's 1:1M river centre-line cuts straight across where the island is; the island's own
 * channels replace it there. Splits a line where it enters the ring (segments walked in ~50 m steps).
 */
export function cutAtBioIsland(line: readonly Position[]): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  line.forEach((p, i) => {
    const prev = line[i - 1];
    if (prev) {
      // Where a segment crosses the ring's edge, the run stops (or starts) at the last point outside.
      const n = Math.max(1, Math.ceil(Math.hypot(p[0] - prev[0], p[1] - prev[1]) / 0.0005));
      let lastOutside: Position | undefined = onBioIsland(prev) ? undefined : prev;
      for (let k = 1; k < n; k++) {
        const q: Position = [prev[0] + ((p[0] - prev[0]) * k) / n, prev[1] + ((p[1] - prev[1]) * k) / n];
        if (onBioIsland(q)) {
          if (lastOutside && lastOutside !== prev) run.push(lastOutside);
          close();
          lastOutside = undefined;
        } else {
          if (!lastOutside) run.push(q);
          lastOutside = q;
        }
      }
    }
    if (onBioIsland(p)) close();
    else run.push(p);
  });
  close();
  return runs;
}
