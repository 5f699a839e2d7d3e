import type { FigureValue } from './schema';

/**
 * Reads a figure as a source prints it ("超过1500家", "RMB1.343 billion", "6.8万平方メートル",
 * "about 710 sq km") into number × scale, unit and qualifier, so the validator can prove that the
 * stored value says the same. Pure: text in, a reading out. Words around the figure ("总投资",
 * "valued at") are ignored; only what changes the figure's meaning is read.
 */

type Unit = FigureValue['unit'];
type Qualifier = NonNullable<FigureValue['qualifier']>;
type Magnitude = NonNullable<FigureValue['magnitude']>;

export type PrintedReading = {
  /** Every number the form holds, each multiplied by the scale printed after it (亿, 万, bn, M…). */
  amounts: number[];
  /** The English magnitude word printed, which the stored `magnitude` must repeat. */
  magnitude?: Magnitude;
  unit?: Unit;
  /** The stored qualifiers the printed words allow; empty when the form prints none. */
  qualifiers: Qualifier[];
  /** The printed qualifier words, for messages. */
  qualifierWords: string[];
  /** Digits grouped irregularly ("1026,000"): readable two ways, so the value must be flagged. */
  irregular: boolean;
};

/** Traditional and variant characters folded to the simplified forms matched below. */
const FOLD: Record<string, string> = {
  億: '亿',
  萬: '万',
  畝: '亩',
  約: '约',
  餘: '余',
  過: '过',
  頃: '顷',
  爲: '为',
  將: '将',
  內: '内',
  預: '预',
  達: '达',
};

export function normalise(text: string): string {
  // NFKC turns full-width digits and signs (１５００，．％) into ASCII, and ㎡ into m2; U+FE52 (﹒) into "."
  return text
    .normalize('NFKC')
    .replace(/[億萬畝約餘過頃爲將內預達]/g, (c) => FOLD[c] ?? c)
    .replace(/[\u00A0\u3000]/g, ' ');
}

const SCALE: [RegExp, number, Magnitude?][] = [
  [/^万亿/, 1e12],
  [/^千万/, 1e7],
  [/^百万/, 1e6],
  [/^亿/, 1e8],
  [/^万/, 1e4],
  [/^千(?!米|克|瓦)/, 1e3],
  [/^(?:trillion|tn)\b/i, 1e12],
  [/^(?:billion|bn|bln)\b/i, 1e9, 'billion'],
  [/^b\b/, 1e9, 'billion'],
  [/^(?:million|mn|mln|mio)\b/i, 1e6, 'million'],
  [/^M(?![²2a-z])/, 1e6, 'million'],
  [/^(?:thousand)\b/i, 1e3, 'thousand'],
  [/^k(?![m²2a-z])/, 1e3, 'thousand'],
];

/** Unit words, most specific first: "km²" before "m²", "平方公里" before "公里". */
const UNITS: [RegExp, Unit][] = [
  [/km\s*[²2]|km\^2|sq\.?\s*km|square\s+kilomet(?:er|re)s?|平方公里|平方千米|平方キロ/i, 'km2'],
  [/(?<![a-z])m\s*[²2]|sq\.?\s*m(?:et(?:er|re)s?)?\b|square\s+met(?:er|re)s?|平方米|平方メートル|平米/i, 'm2'],
  [/\bha\b|hectares?|公顷|ヘクタール/i, 'ha'],
  [/亩|\bmu\b/i, 'mu'],
  [/\bkm\b|kilomet(?:er|re)s?|公里|千米|キロ/i, 'km'],
  [/US\s*\$|\bUSD\b|U\.S\.\s*dollars?|\bdollars?\b|美元|\$/i, 'USD'],
  [/\byuan\b|\bRMB|\bCNY\b|[¥]|元|人民币/i, 'CNY'],
  [/%|percent|per\s*cent|百分之/i, 'percent'],
  [/\b(?:a|per|every|each)\s+day\b|daily|每天|每日|日均/i, 'per-day'],
  [/compan(?:y|ies)|\bfirms?\b|enterprises?|家|企业|社/i, 'companies'],
];

/** Qualifier words and the stored qualifiers each allows (以上 reads as "more than" or "at least"). */
const QUALIFIERS: [RegExp, Qualifier[]][] = [
  [
    /\bmore\s+than\b|\bover\b|\babove\b|\bexceed(?:s|ed|ing)?\b|\bin\s+excess\s+of\b|\bupwards\s+of\b|\bsurpass(?:es|ed|ing)?\b|\bgreater\s+than\b|\bplus\b|超过|超出|超|逾|余|多|突破|以上/i,
    ['more-than'],
  ],
  [/以上|不少于|不低于|\bat\s+least\b|\bno\s+(?:less|fewer)\s+than\b|至少/i, ['at-least']],
  [/\bnearly\b|\balmost\b|\bclose\s+to\b|\bjust\s+under\b|将近|接近|近/i, ['nearly']],
  [/\babout\b|\bapprox(?:imately|\.)?|\baround\b|\broughly\b|\bsome\b|\bcirca\b|\bca\.|约|大约|左右|上下/i, ['about']],
  [/\bup\s+to\b|\bat\s+most\b|\bno\s+more\s+than\b|\bless\s+than\b|\bunder\b|\bbelow\b|至多|最多|不超过|不到|以下/i, ['up-to']],
  [/\bwithin\b|以内|之内/i, ['within']],
];

const HORIZON = /\b(?:within|in)\s+(?:the\s+next\s+)?[\w-]+(?:\s*[-–]\s*\w+)?\s+years?\b|[\d一二三四五六七八九十-]+年(?:内|以内|之内)/gi;

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  hundred: 100,
};
const HAN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 七 → 7, 十八 → 18, 二十 → 20: small numbers printed in characters (no digits in the form). */
function hanNumber(text: string): number | undefined {
  const run = /[一二两三四五六七八九十]+/.exec(text)?.[0];
  if (!run) return undefined;
  const ten = run.indexOf('十');
  if (ten < 0) return HAN[run[0]!];
  const tens = ten === 0 ? 1 : (HAN[run[ten - 1]!] ?? 1);
  return tens * 10 + (HAN[run[ten + 1] ?? ''] ?? 0);
}

/** A printed digit run: "1,500" → 1500; "1026,000" → 1026000, irregular; in German "3.600" → 3600. */
function readDigits(run: string, lang: string | undefined): { n: number; irregular: boolean } {
  let text = run;
  if (lang && /^(de|fr|es|it|nl|ru|pt)\b/.test(lang) && /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text))
    text = text.replace(/\./g, '').replace(',', '.');
  const [whole = '', fraction] = text.split('.');
  const groups = whole.split(',');
  const irregular = groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3));
  return { n: Number(`${groups.join('')}${fraction !== undefined ? `.${fraction}` : ''}`), irregular };
}

export function readPrinted(as: string, lang?: string): PrintedReading {
  // A time span ("within five years", "5年内") is a target's horizon, not a qualifier or an amount.
  const text = normalise(as).replace(HORIZON, ' ');
  const amounts: number[] = [];
  let magnitude: Magnitude | undefined;
  let irregular = false;
  // Digits followed by 年/月/日 or an ordinal ending are dates and ranks ("2018年", "17th"), not the figure.
  // A digit right after a lower-case letter is part of a unit ("km2", "m2" from ㎡), not a number; "RMB1.3" is.
  const numbers = /(?<![a-z])\d[\d,]*(?:\.\d+)?(?!\d)/g;
  for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    if (/^\s*(?:年|月|日|st\b|nd\b|rd\b|th\b)/.test(after)) continue;
    const digits = readDigits(m[0].replace(/,$/, ''), lang);
    irregular ||= digits.irregular;
    // "110余万", "10多亿": the qualifier stands between the number and its scale.
    const rest = after.replace(/^\s*(?:[余多]\s*)?/, '');
    const scale = SCALE.find(([re]) => re.test(rest));
    if (scale?.[2]) magnitude = scale[2];
    amounts.push(digits.n * (scale?.[1] ?? 1));
  }
  if (!amounts.length) {
    const word = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)\b/i.exec(text);
    const han = hanNumber(text.replace(/[万亿千百]/g, ' '));
    const n = word ? WORDS[word[1]!.toLowerCase()] : han;
    if (n !== undefined) amounts.push(n);
  }
  const unit = UNITS.find(([re]) => re.test(text))?.[1];
  const qualifierWords: string[] = [];
  const qualifiers = new Set<Qualifier>();
  for (const [re, allowed] of QUALIFIERS) {
    const found = re.exec(text);
    if (!found) continue;
    qualifierWords.push(found[0].trim());
    allowed.forEach((q) => qualifiers.add(q));
  }
  return {
    amounts,
    ...(magnitude && { magnitude }),
    ...(unit && { unit }),
    qualifiers: [...qualifiers],
    qualifierWords: [...new Set(qualifierWords)],
    irregular,
  };
}

/** Relative tolerance for floating point only: 2.3 × 1e9 must equal 2300000000, 2.3 must not equal 23. */
export const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

export type Mismatch = { kind: 'number' | 'magnitude' | 'unit' | 'qualifier' | 'ambiguous' | 'unreadable'; message: string };

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  'more-than': 'more than',
  about: 'about',
  'at-least': 'at least',
  'up-to': 'up to',
  within: 'within',
  nearly: 'nearly',
};
const isPowerOfTen = (ratio: number) =>
  ratio > 0 && Math.abs(Math.log10(ratio) - Math.round(Math.log10(ratio))) < 1e-9 && Math.round(Math.log10(ratio)) !== 0;

/**
 * What a printed form says that the stored value does not (empty when they agree): the number
 * (after 亿 = 10⁸, 万 = 10⁴, bn = 10⁹), the magnitude word, the unit and the qualifier. A
 * qualifier stored but not printed is as wrong as one printed but not stored.
 */
export function checkPrintedFigure(
  as: string,
  v: Pick<FigureValue, 'value' | 'unit' | 'qualifier' | 'magnitude' | 'flag'>,
  lang?: string,
): Mismatch[] {
  const r = readPrinted(as, lang);
  const out: Mismatch[] = [];
  if (!r.amounts.length) return [{ kind: 'unreadable', message: 'the printed form holds no number' }];
  if (!r.amounts.some((a) => sameNumber(a, v.value))) {
    const scaled = r.amounts.some((a) => isPowerOfTen(a / v.value));
    out.push(
      scaled
        ? {
            kind: 'magnitude',
            message: `the printed form reads ${r.amounts.map(String).join(' or ')}, off from the stored ${v.value} by a power of ten (亿 = 10⁸, 万 = 10⁴, bn = 10⁹, M = 10⁶)`,
          }
        : { kind: 'number', message: `the printed form reads ${r.amounts.map(String).join(' or ')}, the stored value is ${v.value}` },
    );
  }
  if (r.magnitude && r.magnitude !== v.magnitude) {
    out.push({ kind: 'magnitude', message: `printed in ${r.magnitude}s, stored with magnitude ${v.magnitude ?? '(none)'}` });
  }
  if (r.unit && r.unit !== v.unit) out.push({ kind: 'unit', message: `printed in ${r.unit}, stored in ${v.unit}` });
  if (v.qualifier && !r.qualifiers.includes(v.qualifier)) {
    out.push({
      kind: 'qualifier',
      message: r.qualifierWords.length
        ? `the printed qualifier "${r.qualifierWords.join('", "')}" is not the stored "${QUALIFIER_WORDS[v.qualifier]}"`
        : `the stored qualifier "${QUALIFIER_WORDS[v.qualifier]}" is not printed`,
    });
  } else if (!v.qualifier && r.qualifierWords.length) {
    out.push({ kind: 'qualifier', message: `the printed qualifier "${r.qualifierWords.join('", "')}" is not stored` });
  }
  if (r.irregular && v.flag !== 'ambiguous-as-printed') {
    out.push({
      kind: 'ambiguous',
      message: 'the digits are grouped irregularly, so the figure reads two ways: flag the value ambiguous-as-printed',
    });
  }
  return out;
}
