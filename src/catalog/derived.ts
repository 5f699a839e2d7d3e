import type { Figure, FigureValue, Park } from './schema';

/**
 * Derived measures for the compare view (output per km², investment per km²). A measure is shown
 * only when its inputs describe the same thing in comparable years; otherwise the reason is.
 */
export const MAX_YEAR_GAP = 3;

export type DerivedValue = {
  value: number;
  /** 'more-than' when an input is a lower bound ("more than ¥30 bn", tracked investment with gaps). */
  qualifier?: 'more-than' | 'about';
  numerator: FigureValue;
  denominator: FigureValue;
};
export type Derived =
  { shown: true; formula: string; unit: string; values: DerivedValue[]; note?: string } | { shown: false; formula: string; reason: string };

const year = (v: FigureValue) => Number(v.asOf.slice(0, 4));
const covers = (v: FigureValue) => (v.coverage ?? 'whole') === 'whole';

function combine(formula: string, unit: string, numerators: FigureValue[], area: Figure | undefined, what: string): Derived {
  const areas = (area?.values ?? []).filter((v) => v.unit === 'km2');
  if (!areas.length) return { shown: false, formula, reason: 'no stated area in km²' };
  if (!numerators.length) return { shown: false, formula, reason: `no ${what} reported` };
  const usable = numerators.filter((n) => n.flag !== 'target' && covers(n));
  if (!usable.length) {
    const target = numerators.some((n) => n.flag === 'target');
    const uncertain = numerators.some((n) => n.coverage === 'uncertain');
    const reason = target
      ? `the ${what} is a target, not an outcome`
      : uncertain
        ? `the ${what} may cover a wider area than the park`
        : `the ${what} covers a different area than the park`;
    return { shown: false, formula, reason };
  }
  const wholeAreas = areas.filter(covers);
  if (!wholeAreas.length) return { shown: false, formula, reason: 'the stated area covers only part of the park' };
  const values: DerivedValue[] = [];
  for (const n of usable) {
    for (const d of wholeAreas) {
      if (Math.abs(year(n) - year(d)) > MAX_YEAR_GAP || d.value <= 0) continue;
      const lowerBound = n.qualifier === 'more-than' || n.qualifier === 'at-least';
      const about = [n.qualifier, d.qualifier].some((q) => q === 'about' || q === 'nearly');
      values.push({
        value: n.value / d.value,
        numerator: n,
        denominator: d,
        ...(lowerBound ? { qualifier: 'more-than' as const } : about ? { qualifier: 'about' as const } : {}),
      });
    }
  }
  if (!values.length) {
    return { shown: false, formula, reason: `the ${what} and the area are more than ${MAX_YEAR_GAP} years apart` };
  }
  return { shown: true, formula, unit, values };
}

/** Output or revenue per km²: a figure about the whole park, from within three years of the area. */
export function outputPerKm2(park: Park): Derived {
  const figures = park.keyFigures.filter((k) => k.kind === 'output' || k.kind === 'revenue').flatMap((k) => k.figure.values);
  return combine(
    'output or revenue ÷ stated area',
    'CNY per km²',
    figures.filter((v) => v.unit === 'CNY'),
    park.area,
    'output or revenue',
  );
}

/** Investment per km² over the tracked projects; a lower bound when some projects report no amount. */
export function investmentPerKm2(park: Park): Derived {
  const formula = 'sum of tracked project investment ÷ stated area';
  const withAmount = park.projects.filter((p) => p.investment?.values.some((v) => v.unit === 'CNY'));
  if (!withAmount.length) return { shown: false, formula, reason: 'no tracked project reports an amount' };
  // Disagreeing amounts: the smallest of each project's values, so the total is a floor, never inflated.
  const total = withAmount.reduce(
    (sum, p) => sum + Math.min(...p.investment!.values.filter((v) => v.unit === 'CNY').map((v) => v.value)),
    0,
  );
  const latest = withAmount
    .flatMap((p) => p.investment!.values)
    .map((v) => v.asOf)
    .sort()
    .at(-1)!;
  const partial = withAmount.length < park.projects.length || withAmount.some((p) => p.investment!.values.length > 1);
  const sum: FigureValue = {
    value: total,
    unit: 'CNY',
    magnitude: 'billion',
    asOf: latest,
    scope: 'tracked project investment',
    sources: [...new Set(withAmount.flatMap((p) => p.investment!.values.flatMap((v) => v.sources)))],
    ...(partial ? { qualifier: 'more-than' as const } : {}),
  };
  const derived = combine(formula, 'CNY per km²', [sum], park.area, 'tracked investment');
  if (derived.shown && partial) {
    derived.note = 'a lower bound: some projects report no amount or sources disagree (the smaller amount is used)';
  }
  return derived;
}
