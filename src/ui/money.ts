import { formatAmount, type Lang } from '../catalog/format';
import type { MoneyTotal } from '../catalog/selectors';

const magnitudeOf = (n: number) => (n >= 1e9 ? 'billion' : n >= 1e6 ? 'million' : undefined);

/** "¥2.86 bn", or "¥2.86 bn–¥3.56 bn" when sources disagree on some of the amounts. */
export function formatMoneyTotal(total: MoneyTotal, lang: Lang): string {
  const one = (value: number) => formatAmount({ value, unit: total.currency, magnitude: magnitudeOf(total.high) }, lang);
  return total.low === total.high ? one(total.low) : `${one(total.low)}–${one(total.high)}`;
}

/** Several currencies are never converted and added: "¥2.86 bn + US$200 M". */
export const formatMoneyTotals = (totals: readonly MoneyTotal[], lang: Lang) =>
  totals.map((m) => formatMoneyTotal(m, lang)).join(' + ');
