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
/** What each measure is computed as; its words in each language are compare-format.ts's. */
export type Formula = 'output-per-km2' | 'investment-per-km2';
/** The input a measure divides by the area. */
export type Numerator = 'output' | 'investment';
/** Why a measure is withheld (compare-format.ts words it, naming the numerator where it matters). */
export type Withheld = 'no-area' | 'none-reported' | 'target' | 'wider-area' | 'different-area' | 'part-area' | 'years-apart' | 'no-amount';
export type Derived =
  | { shown: true; formula: Formula; unit: string; values: DerivedValue[]; note?: 'lower-bound' }
  | { shown: false; formula: Formula; reason: Withheld; numerator: Numerator };

const year = (v: FigureValue) => Number(v.asOf.slice(0, 4));
const covers = (v: FigureValue) => (v.coverage ?? 'whole') === 'whole';

function combine(formula: Formula, unit: string, numerators: FigureValue[], area: Figure | undefined, numerator: Numerator): Derived {
  const withheld = (reason: Withheld): Derived => ({ shown: false, formula, reason, numerator });
  const areas = (area?.values ?? []).filter((v) => v.unit === 'km2');
  if (!areas.length) return withheld('no-area');
  if (!numerators.length) return withheld('none-reported');
  const usable = numerators.filter((n) => n.flag !== 'target' && covers(n));
  if (!usable.length) {
    if (numerators.some((n) => n.flag === 'target')) return withheld('target');
    return withheld(numerators.some((n) => n.coverage === 'uncertain') ? 'wider-area' : 'different-area');
  }
  const wholeAreas = areas.filter(covers);
  if (!wholeAreas.length) return withheld('part-area');
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
  if (!values.length) return withheld('years-apart');
  return { shown: true, formula, unit, values };
}

/** Output or revenue per km²: a figure about the whole park, from within three years of the area. */
export function outputPerKm2(park: Park): Derived {
  const figures = park.keyFigures.filter((k) => k.kind === 'output' || k.kind === 'revenue').flatMap((k) => k.figure.values);
  return combine(
    'output-per-km2',
    'CNY per km²',
    figures.filter((v) => v.unit === 'CNY'),
    park.area,
    'output',
  );
}

/** Investment per km² over the tracked projects; a lower bound when some projects report no amount. */
export function investmentPerKm2(park: Park): Derived {
  const withAmount = park.projects.filter((p) => p.investment?.values.some((v) => v.unit === 'CNY'));
  if (!withAmount.length) return { shown: false, formula: 'investment-per-km2', reason: 'no-amount', numerator: 'investment' };
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
  const derived = combine('investment-per-km2', 'CNY per km²', [sum], park.area, 'investment');
  if (derived.shown && partial) derived.note = 'lower-bound';
  return derived;
}
