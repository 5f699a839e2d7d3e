/** Small timing helpers: medians of repeated runs, since absolute times drift on shared machines. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function timeIt<T>(fn: () => T, runs = 5): { ms: number; result: T } {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const fmtMs = (ms: number) => (ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`);

/** The median of `values` with their count and spread, each written by `fmt`. */
const withSpread = (values: readonly number[], fmt: (v: number) => string, round: (v: number) => string): string =>
  `${fmt(median(values))} (n=${values.length}, ${round(Math.min(...values))}–${round(Math.max(...values))})`;

/** A median with its spread and count, e.g. "812 ms (n=7, 760–905)": the spread says how far to trust it. */
export function fmtMedian(values: readonly number[]): string {
  if (!values.length) return 'n/a';
  if (values.length === 1) return fmtMs(values[0]!);
  return withSpread(values, fmtMs, (ms) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0)));
}

/**
 * Ratios of two series measured in the same rounds (round i of each, both loaded within round i):
 * a machine that slows for a while slows both sides of a round, so these drift less than a ratio
 * of the two medians. Rounds missing either side are left out.
 */
export function roundRatios(numerator: readonly number[], denominator: readonly number[]): number[] {
  const n = Math.min(numerator.length, denominator.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(numerator[i]) && denominator[i]! > 0) out.push(numerator[i]! / denominator[i]!);
  return out;
}

/** A median ratio with its spread and count, e.g. "1.68× (n=5, 1.52–1.80)". */
export function fmtRatios(ratios: readonly number[]): string {
  const x = (r: number) => r.toFixed(2);
  return ratios.length ? withSpread(ratios, (r) => `${x(r)}×`, x) : 'n/a';
}

/** `target` is the goal as written in the issue; `met` whether this run meets it (left out when there is none). */
export type Row = { section: string; measure: string; value: string; ratio?: string; target?: string; met?: boolean };
