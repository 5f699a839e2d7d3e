import type { DateSpan } from './compare-table';
import { MAX_YEAR_GAP, type DerivedValue } from './derived';
import { type Lang } from './format';
import { formatAmount, formatAsOf } from '../i18n/format-figure';
import type { Bilingual } from '../i18n/bilingual';
import { magnitudeFor } from '../i18n/format-money';
import { formatWord } from '../i18n/format-words';

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

/** derived.ts speaks English; its fixed phrases in Chinese (anything new falls back to English). */
const DERIVED_ZH: Record<string, string> = {
  'output or revenue ÷ stated area': '产值或营收 ÷ 公布面积',
  'sum of tracked project investment ÷ stated area': '跟踪项目投资合计 ÷ 公布面积',
  'no stated area in km²': '没有以平方公里计的公布面积',
  'no output or revenue reported': '未报告产值或营收',
  'the output or revenue is a target, not an outcome': '产值或营收是目标值，不是实际结果',
  'the output or revenue covers a different area than the park': '产值或营收的统计范围与园区不同',
  'the output or revenue may cover a wider area than the park': '产值或营收的统计范围可能大于园区',
  'the stated area covers only part of the park': '公布面积只覆盖园区的一部分',
  [`the output or revenue and the area are more than ${MAX_YEAR_GAP} years apart`]: `产值或营收与面积的年份相差超过${MAX_YEAR_GAP}年`,
  [`the tracked investment and the area are more than ${MAX_YEAR_GAP} years apart`]: `跟踪投资与面积的年份相差超过${MAX_YEAR_GAP}年`,
  'no tracked project reports an amount': '没有跟踪项目报告金额',
  'a lower bound: some projects report no amount or sources disagree (the smaller amount is used)':
    '下限值：部分项目未报告金额或来源不一致（取较小金额）',
};
const DERIVED_WORDS = new Map<string, Bilingual>(Object.entries(DERIVED_ZH).map(([en, zh]) => [en, { en, zh }]));
export const derivedWords = (text: string, lang: Lang) => DERIVED_WORDS.get(text)?.[lang] ?? text;
