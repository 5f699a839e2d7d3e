import type { Figure, FigureValue, Park, Project, StatusStep } from './schema';

/**
 * Reading the catalog as of a date (`asof=` in the link). Dates are partial (YYYY, YYYY-MM,
 * YYYY-MM-DD) on both sides, and the two sides mean different ends of their period:
 * - the date the atlas is read at means the END of its period: `asof=2021` is 31 Dec 2021, so
 *   everything dated 2021 (a year, a month or a day of it) has happened by then;
 * - an event's date means the START of its period: a step dated "2022" (or "2022 (inferred)")
 *   counts from 1 Jan 2022, so it is not yet true at `asof=2021-12` but is at `asof=2022-01`.
 * Keys padded with "-00" (start) and "-99" (end) compare as plain strings in that sense.
 */
export const startKey = (date: string) => (date.length === 4 ? `${date}-00-00` : date.length === 7 ? `${date}-00` : date);
export const endKey = (date: string) => (date.length === 4 ? `${date}-99-99` : date.length === 7 ? `${date}-99` : date);

/**
 * The same comparisons without making the keys (they run for thousands of projects on every move
 * of the timeline): two dates differ where their characters first differ; where one is a prefix of
 * the other, the shorter is the earlier start and the later end.
 */
const prefixOrder = (a: string, b: string): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d) return d;
  }
  return 0;
};
/** startKey(a) against startKey(b): negative, zero or positive. */
export const startOrder = (a: string, b: string): number => prefixOrder(a, b) || a.length - b.length;

/** Whether something dated `date` had happened by the end of `asOf` (no `asOf`: now, so always). */
export const happenedBy = (date: string, asOf: string | undefined): boolean => asOf === undefined || prefixOrder(date, asOf) <= 0;

const byDate = (a: { date: string }, b: { date: string }) => Math.sign(startOrder(a.date, b.date));

/**
 * The step true at the date: the latest on or before it (on equal dates the curated order stands,
 * the later entry counting). Undefined when the project had no step by then: it is not shown.
 * An inferred date counts from its date; the step keeps its `dateInferred` mark for the panel.
 */
export function stepAt(project: Project, asOf: string | undefined): StatusStep | undefined {
  const history = project.statusHistory;
  // One pass, no copy (it runs for every project on every move of the timeline): the latest by
  // start date among those that had happened, the later entry winning a tie, as a stable sort would.
  let best: StatusStep | undefined;
  for (const step of history) {
    if (!happenedBy(step.date, asOf)) continue;
    if (!best || startOrder(step.date, best.date) >= 0) best = step;
  }
  return best;
}

/** The steps that had happened by the date, oldest first ("what it was then"). */
export const historyAt = (project: Project, asOf: string | undefined): StatusStep[] =>
  [...project.statusHistory].sort(byDate).filter((s) => happenedBy(s.date, asOf));

/** The first date the project is on record (its earliest step): before it, the atlas does not show it. */
export const firstDated = (project: Project): string => [...project.statusHistory].sort(byDate)[0]!.date;

/**
 * A figure as it stood at the date. Values that are alternatives (sources disagreeing, the
 * default) give way to later ones: only those with the latest `asOf` on or before the date stay
 * (several, if sources disagree at that date). Values that belong together (different measures,
 * parts of a sum, a conversion) all stay if dated by then. Undefined when nothing was reported yet.
 * Without a date the figure is returned as it is.
 */
export function figureAt(figure: Figure | undefined, asOf: string | undefined): Figure | undefined {
  if (!figure || asOf === undefined) return figure;
  const known = figure.values.filter((v) => happenedBy(v.asOf, asOf));
  if (!known.length) return undefined;
  if (figure.relation && figure.relation !== 'disagree')
    return known.length === figure.values.length ? figure : { ...figure, values: known };
  const latest = known.reduce((max, v) => (startOrder(v.asOf, max.asOf) > 0 ? v : max)).asOf;
  const values = known.filter((v) => startOrder(v.asOf, latest) === 0);
  return values.length === figure.values.length ? figure : { ...figure, values };
}

/** The value that stood at the date when there is one (the first of the latest, for sorting and charts). */
export const valueAt = (figure: Figure | undefined, asOf: string | undefined): FigureValue | undefined => figureAt(figure, asOf)?.values[0];

/** Years in which something is dated (steps, milestones, figure values), ascending: the timeline's ticks. */
export function eventYears(dates: Iterable<string>): number[] {
  const years = new Set<number>();
  for (const d of dates) years.add(Number(d.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

const keyFiguresAt = <T extends { figure: Figure }>(list: readonly T[], asOf: string): T[] =>
  list.flatMap((k) => {
    const figure = figureAt(k.figure, asOf);
    return figure ? [{ ...k, figure }] : [];
  });

/**
 * A park as its sources stood at the date: projects with no step by then dropped, each project's
 * later steps dropped, and every figure reduced to the values true then (one not yet reported is
 * left out, so it reads "not reported"). For views that work from whole parks (the comparison and
 * its downloads). Without a date the park itself.
 */
export function parkAt(park: Park, asOf: string | undefined): Park {
  if (asOf === undefined) return park;
  const projects = park.projects.flatMap((p): Project[] => {
    const statusHistory = historyAt(p, asOf);
    if (!statusHistory.length) return [];
    const investment = figureAt(p.investment, asOf);
    const { investment: _, ...rest } = p;
    return [
      {
        ...rest,
        statusHistory,
        ...(investment && { investment }),
        ...(p.otherFigures && { otherFigures: keyFiguresAt(p.otherFigures, asOf) }),
      },
    ];
  });
  const area = figureAt(park.area, asOf);
  const { area: _, ...rest } = park;
  return {
    ...rest,
    ...(area && { area }),
    projects,
    keyFigures: keyFiguresAt(park.keyFigures, asOf),
    zones: park.zones.map((z) => {
      const a = figureAt(z.area, asOf);
      const { area: _a, ...zr } = z;
      return { ...zr, ...(a && { area: a }) };
    }),
    aggregates: park.aggregates.map((a) => {
      const count = figureAt(a.count, asOf),
        investment = figureAt(a.investment, asOf);
      const { count: _c, investment: _i, ...ar } = a;
      return { ...ar, ...(count && { count }), ...(investment && { investment }) };
    }),
  };
}
