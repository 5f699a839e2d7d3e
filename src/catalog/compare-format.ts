import type { DateSpan } from './compare-table';
import { MAX_YEAR_GAP, type Derived, type DerivedValue, type Formula, type Numerator, type Withheld } from './derived';
import { type Lang } from './format';
import { formatAmount, formatAsOf } from '../i18n/format-figure';
import type { Bilingual } from '../i18n/bilingual';
import { magnitudeFor } from '../i18n/format-money';
import { formatWord } from '../i18n/format-words';
import { fill } from '../i18n/fill';

/** How the compare view's computed values read, shared by the table and the CSV so both say the same thing. */

/** Derived values claim no more than three significant figures: their inputs are rounded or approximate. */
export const derivedNumber = (v: DerivedValue) => Number(v.value.toPrecision(3));

export function derivedAmount(v: DerivedValue, lang: Lang): string {
  const value = derivedNumber(v);
  return formatWord('perKm2', lang, {
    amount: formatAmount({ value, unit: 'CNY', magnitude: magnitudeFor(value), qualifier: v.qualifier }, lang),
  });
}

/** "2021-04-15–2023-05-08", or "sources dated 2019–2022 (inferred)" when only the documents are dated. */
export function spanText(span: DateSpan | undefined, lang: Lang): string {
  if (!span) return '';
  const dates = formatAsOf({ asOf: span.from === span.to ? span.from : `${span.from}–${span.to}`, asOfInferred: span.inferred }, lang);
  if (span.basis === 'figures') return dates;
  return formatWord('sourcesDated', lang, { dates });
}

/** The words of derived.ts's keys: a new key without its words in both languages is a type error. */
const FORMULA: Record<Formula, Bilingual> = {
  'output-per-km2': { en: 'output or revenue ÷ stated area', zh: '产值或营收 ÷ 公布面积' },
  'investment-per-km2': { en: 'sum of tracked project investment ÷ stated area', zh: '跟踪项目投资合计 ÷ 公布面积' },
};
const NUMERATOR: Record<Numerator, Bilingual> = {
  output: { en: 'output or revenue', zh: '产值或营收' },
  investment: { en: 'tracked investment', zh: '跟踪投资' },
};
const WITHHELD: Record<Withheld, Bilingual> = {
  'no-area': { en: 'no stated area in km²', zh: '没有以平方公里计的公布面积' },
  'none-reported': { en: 'no {what} reported', zh: '未报告{what}' },
  target: { en: 'the {what} is a target, not an outcome', zh: '{what}是目标值，不是实际结果' },
  'different-area': { en: 'the {what} covers a different area than the park', zh: '{what}的统计范围与园区不同' },
  'wider-area': { en: 'the {what} may cover a wider area than the park', zh: '{what}的统计范围可能大于园区' },
  'part-area': { en: 'the stated area covers only part of the park', zh: '公布面积只覆盖园区的一部分' },
  'years-apart': { en: 'the {what} and the area are more than {gap} years apart', zh: '{what}与面积的年份相差超过{gap}年' },
  'no-amount': { en: 'no tracked project reports an amount', zh: '没有跟踪项目报告金额' },
};
const LOWER_BOUND: Bilingual = {
  en: 'a lower bound: some projects report no amount or sources disagree (the smaller amount is used)',
  zh: '下限值：部分项目未报告金额或来源不一致（取较小金额）',
};

export const formulaWords = (formula: Formula, lang: Lang) => FORMULA[formula][lang];
export const noteWords = (_note: 'lower-bound', lang: Lang) => LOWER_BOUND[lang];
export const withheldWords = (d: Extract<Derived, { shown: false }>, lang: Lang) =>
  fill(WITHHELD[d.reason][lang], { what: NUMERATOR[d.numerator][lang], gap: MAX_YEAR_GAP });
