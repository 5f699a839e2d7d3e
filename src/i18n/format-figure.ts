import type { Lang } from '../catalog/format';
import type { FigureValue } from '../catalog/schema';
import type { Bilingual } from './bilingual';
import { formatPartialDate } from './format-date';
import { formatMoney, formatNumber } from './format-money';
import { formatWord } from './format-words';

const QUALIFIER: Record<NonNullable<FigureValue['qualifier']>, Bilingual> = {
  'more-than': { en: 'more than', zh: '超过' },
  about: { en: 'about', zh: '约' },
  'at-least': { en: 'at least', zh: '至少' },
  'up-to': { en: 'up to', zh: '最多' },
  within: { en: 'within', zh: '以内' },
  nearly: { en: 'nearly', zh: '近' },
};

/** Units follow the number after a space in English ("5.4 km²") and straight on in Chinese ("5.4平方公里"). */
const UNIT: Record<Exclude<FigureValue['unit'], 'CNY' | 'USD' | 'percent' | 'count'>, Bilingual> = {
  km2: { en: ' km²', zh: '平方公里' },
  m2: { en: ' m²', zh: '平方米' },
  ha: { en: ' ha', zh: '公顷' },
  km: { en: ' km', zh: '公里' },
  mu: { en: ' mu', zh: '亩' },
  companies: { en: ' companies', zh: '家企业' },
  'per-day': { en: ' a day', zh: '每天' },
};

/** The one figure formatter, the value alone as a reader would say it: "more than ¥100 bn", "5.4 km²", "50%". */
export function formatAmount(v: Pick<FigureValue, 'value' | 'unit' | 'qualifier' | 'magnitude'>, lang: Lang = 'en'): string {
  let core: string;
  if (v.unit === 'CNY' || v.unit === 'USD') core = formatMoney(v.value, v.unit, lang, v.magnitude);
  else if (v.unit === 'percent') core = `${formatNumber(v.value, lang)}%`;
  else if (v.unit === 'count') core = formatNumber(v.value, lang);
  else core = `${formatNumber(v.value, lang)}${UNIT[v.unit][lang]}`;
  return v.qualifier ? `${QUALIFIER[v.qualifier][lang]} ${core}` : core;
}

/** The year or date a value is true of, as stored ("2020 (inferred)"): inferred dates are marked so nobody reads them as printed. */
export const formatAsOf = (v: Pick<FigureValue, 'asOf' | 'asOfInferred'>, lang: Lang = 'en'): string =>
  `${v.asOf}${v.asOfInferred ? formatWord('inferredSuffix', lang) : ''}`;

/** The date for reading: "2022", "Jul 2022" or "2022, inferred". */
export function figureDate(v: Pick<FigureValue, 'asOf' | 'asOfInferred'>, lang: Lang): string {
  const date = formatPartialDate(v.asOf, lang);
  return v.asOfInferred ? `${date}, ${formatWord('inferred', lang)}` : date;
}

/** "¥2.3 bn (2024)": a value with its date, for citations and accessible names. */
export const figureText = (v: FigureValue, lang: Lang) => `${formatAmount(v, lang)} (${figureDate(v, lang)})`;
