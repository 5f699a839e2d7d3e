/**
 * "Did you mean": the candidates nearest to an id that was not found, by edit distance.
 * Used when a link names a park, zone or project the catalog does not have.
 */

/** Levenshtein distance, stopping early once it must exceed `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Up to `limit` candidates nearest to `id`, closest first (ties keep catalog order). Anything
 * further than about half the id's length is no real suggestion and is left out.
 */
export function nearestIds(id: string, candidates: Iterable<string>, limit = 3): string[] {
  const cutoff = Math.max(3, Math.ceil(id.length * 0.5));
  const scored: { id: string; d: number; i: number }[] = [];
  let i = 0;
  for (const candidate of candidates) {
    // Once `limit` are found, only a strictly closer candidate can change the answer.
    const bound = scored.length >= limit ? Math.min(cutoff, scored[limit - 1]!.d - 1) : cutoff;
    const d = editDistance(id, candidate, bound);
    if (d <= bound) {
      scored.push({ id: candidate, d, i: i });
      scored.sort((x, y) => x.d - y.d || x.i - y.i);
      scored.length = Math.min(scored.length, limit);
    }
    i++;
  }
  return scored.map((s) => s.id);
}
