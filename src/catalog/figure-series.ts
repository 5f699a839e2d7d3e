import { startKey } from './as-of';
import type { Figure, FigureValue } from './schema';

/**
 * One measure at several dates, for the park panel's small chart: the values in one unit, oldest
 * first, and which neighbours may be joined by a line. A line only joins values of the same
 * scope (the same thing measured again); values of different scopes stand as points.
 */
export type SeriesPoint = { v: FigureValue; t: number };
export type Series = { unit: FigureValue['unit']; points: SeriesPoint[]; lines: [number, number][] };

/** A partial date as a year with its fraction (the start of its period), for the time axis. */
export function timeOf(date: string): number {
  const [y, m = '01', d = '01'] = startKey(date).replace(/-00/g, '-01').split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

/** Undefined unless the figure has values at two or more dates in one unit (a conversion is one value twice). */
export function seriesOf(figure: Figure | undefined): Series | undefined {
  if (!figure || figure.relation === 'conversion') return undefined;
  const unit = figure.values[0]?.unit;
  const values = figure.values.filter((v) => v.unit === unit);
  if (!unit || new Set(values.map((v) => v.asOf)).size < 2) return undefined;
  const points = values.map((v) => ({ v, t: timeOf(v.asOf) })).sort((a, b) => a.t - b.t);
  const lines: [number, number][] = [];
  // Each point joins the next later point of its scope (same date: side by side, never joined).
  points.forEach((p, i) => {
    const j = points.findIndex((q, k) => k > i && q.t > p.t && q.v.scope === p.v.scope);
    if (j > 0) lines.push([i, j]);
  });
  return { unit, points, lines };
}
