import type { Lang } from '../catalog/format';
import type { FigureValue } from '../catalog/schema';
import type { MoneyTotal } from '../catalog/selectors';
import { perLang } from './bilingual';

type Magnitude = FigureValue['magnitude'];
export type Currency = 'CNY' | 'USD';

const SYMBOL: Record<Currency, string> = { CNY: '¥', USD: 'US$' };
const MAGNITUDE = { thousand: [1e3, 'k'], million: [1e6, 'M'], billion: [1e9, 'bn'] } as const;

const numberFormat = perLang((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }));

/** "1,234.5" / "1,234.5": at most three decimals, grouped as the reader's locale groups. */
export const formatNumber = (n: number, lang: Lang) => numberFormat(lang).format(n);

/** For amounts we compute (totals, ratios) rather than copy: the magnitude a reader expects. */
export const magnitudeFor = (n: number): Magnitude => (n >= 1e9 ? 'billion' : n >= 1e6 ? 'million' : undefined);

/**
 * The one money formatter: "¥2.3 bn" / "¥23亿". English keeps the magnitude the source printed
 * (none: the full number); Chinese counts money in 万 (1e4) and 亿 (1e8), whatever the source used.
 */
export function formatMoney(value: number, currency: Currency, lang: Lang, magnitude?: Magnitude): string {
  const symbol = SYMBOL[currency];
  if (lang === 'zh') {
    if (value >= 1e8) return `${symbol}${formatNumber(value / 1e8, lang)}亿`;
    if (value >= 1e4) return `${symbol}${formatNumber(value / 1e4, lang)}万`;
    return `${symbol}${formatNumber(value, lang)}`;
  }
  if (!magnitude) return `${symbol}${formatNumber(value, lang)}`;
  const [div, suffix] = MAGNITUDE[magnitude];
  return `${symbol}${formatNumber(value / div, lang)} ${suffix}`;
}

/** A total: "¥2.86 bn", or "¥2.86 bn–¥3.56 bn" when sources disagree on some amounts; both ends in the high end's magnitude. */
export function formatMoneyTotal(total: MoneyTotal, lang: Lang): string {
  const one = (value: number) => formatMoney(value, total.currency, lang, magnitudeFor(total.high));
  return total.low === total.high ? one(total.low) : `${one(total.low)}–${one(total.high)}`;
}

/** Several currencies are never converted and added: "¥2.86 bn + US$200 M". */
export const formatMoneyTotals = (totals: readonly MoneyTotal[], lang: Lang) => totals.map((m) => formatMoneyTotal(m, lang)).join(' + ');
