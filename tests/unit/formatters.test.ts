import { describe, expect, it, vi } from 'vitest';
import { derivedAmount, spanText } from '../../src/catalog/compare-format';
import type { FigureValue } from '../../src/catalog/schema';
import { figureDate, figureText, formatAmount, formatAsOf } from '../../src/i18n/format-figure';
import { formatMoney, formatMoneyTotal, formatMoneyTotals, formatNumber, magnitudeFor } from '../../src/i18n/format-money';
import { formatWord } from '../../src/i18n/format-words';
import { perLang } from '../../src/i18n/bilingual';

const cny = (value: number, extra: Partial<FigureValue> = {}) => ({ value, unit: 'CNY' as const, ...extra });

describe('formatMoney, the one money formatter', () => {
  it('counts Chinese money in 亿 and 万 whatever magnitude the source used', () => {
    expect(formatMoney(2.3e9, 'CNY', 'zh', 'billion')).toBe('¥23亿');
    expect(formatMoney(1e8, 'CNY', 'zh')).toBe('¥1亿');
    expect(formatMoney(5.6e8, 'CNY', 'zh', 'million')).toBe('¥5.6亿');
    expect(formatMoney(99_990_000, 'CNY', 'zh', 'million')).toBe('¥9,999万');
    expect(formatMoney(1e4, 'USD', 'zh')).toBe('US$1万');
    expect(formatMoney(9_999, 'CNY', 'zh')).toBe('¥9,999');
  });

  it('keeps the English magnitude the source printed, the full number when it printed none', () => {
    expect(formatMoney(2.3e9, 'CNY', 'en', 'billion')).toBe('¥2.3 bn');
    expect(formatMoney(5.6e8, 'CNY', 'en', 'million')).toBe('¥560 M');
    expect(formatMoney(12_000, 'USD', 'en', 'thousand')).toBe('US$12 k');
    expect(formatMoney(2.3e9, 'CNY', 'en')).toBe('¥2,300,000,000');
    expect(formatMoney(1.23456, 'CNY', 'en')).toBe('¥1.235');
  });

  it('picks a magnitude for computed amounts: bn from 1e9, M from 1e6, none below', () => {
    expect([magnitudeFor(1e9), magnitudeFor(999_999_999), magnitudeFor(1e6), magnitudeFor(999_999)]).toEqual([
      'billion',
      'million',
      'million',
      undefined,
    ]);
  });

  it('reads a total once, or as a range in the high end’s magnitude; currencies are never added', () => {
    expect(formatMoneyTotal({ currency: 'CNY', low: 2.86e9, high: 2.86e9, projects: 3 }, 'en')).toBe('¥2.86 bn');
    expect(formatMoneyTotal({ currency: 'CNY', low: 5e8, high: 3.56e9, projects: 3 }, 'en')).toBe('¥0.5 bn–¥3.56 bn');
    expect(formatMoneyTotal({ currency: 'CNY', low: 5e8, high: 3.56e9, projects: 3 }, 'zh')).toBe('¥5亿–¥35.6亿');
    expect(formatMoneyTotal({ currency: 'USD', low: 200_000, high: 200_000, projects: 1 }, 'en')).toBe('US$200,000');
    expect(
      formatMoneyTotals(
        [
          { currency: 'CNY', low: 2.86e9, high: 2.86e9, projects: 2 },
          { currency: 'USD', low: 2e8, high: 2e8, projects: 1 },
        ],
        'en',
      ),
    ).toBe('¥2.86 bn + US$200 M');
    expect(formatMoneyTotals([], 'en')).toBe('');
  });

  it('groups numbers as the reader’s locale does', () => {
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.891');
    expect(formatNumber(1234567.891, 'zh')).toBe('1,234,567.891');
  });
});

describe('formatAmount, the one figure formatter', () => {
  it('puts every qualifier before the value in both languages', () => {
    const q = ['more-than', 'about', 'at-least', 'up-to', 'within', 'nearly'] as const;
    expect(q.map((qualifier) => formatAmount(cny(1e11, { qualifier, magnitude: 'billion' }), 'en'))).toEqual([
      'more than ¥100 bn',
      'about ¥100 bn',
      'at least ¥100 bn',
      'up to ¥100 bn',
      'within ¥100 bn',
      'nearly ¥100 bn',
    ]);
    expect(q.map((qualifier) => formatAmount(cny(1e11, { qualifier, magnitude: 'billion' }), 'zh'))).toEqual([
      '超过 ¥1,000亿',
      '约 ¥1,000亿',
      '至少 ¥1,000亿',
      '最多 ¥1,000亿',
      '以内 ¥1,000亿',
      '近 ¥1,000亿',
    ]);
  });

  it('writes units after a space in English and straight on in Chinese; percent and counts bare', () => {
    expect(formatAmount({ value: 5.4, unit: 'km2' })).toBe('5.4 km²');
    expect(formatAmount({ value: 5.4, unit: 'km2' }, 'zh')).toBe('5.4平方公里');
    expect(formatAmount({ value: 1500, unit: 'companies', qualifier: 'more-than' }, 'en')).toBe('more than 1,500 companies');
    expect(formatAmount({ value: 1500, unit: 'companies' }, 'zh')).toBe('1,500家企业');
    expect(formatAmount({ value: 3000, unit: 'mu' }, 'zh')).toBe('3,000亩');
    expect(formatAmount({ value: 200, unit: 'per-day' }, 'en')).toBe('200 a day');
    expect(formatAmount({ value: 50, unit: 'percent' }, 'zh')).toBe('50%');
    expect(formatAmount({ value: 12, unit: 'count' }, 'en')).toBe('12');
    expect(formatAmount({ value: 2e8, unit: 'USD', magnitude: 'million' }, 'en')).toBe('US$200 M');
  });

  it('marks inferred dates so nobody reads them as printed', () => {
    expect(formatAsOf({ asOf: '2020' })).toBe('2020');
    expect(formatAsOf({ asOf: '2020', asOfInferred: true }, 'en')).toBe('2020 (inferred)');
    expect(formatAsOf({ asOf: '2020', asOfInferred: true }, 'zh')).toBe('2020（推断）');
    expect(figureDate({ asOf: '2022-07', asOfInferred: true }, 'en')).toBe('Jul 2022, inferred');
    expect(figureDate({ asOf: '2022-07-14' }, 'zh')).toBe('2022年7月14日');
    expect(figureDate({ asOf: 'spring 2022' }, 'en')).toBe('spring 2022');
  });

  it('reads a value with its date for citations and accessible names', () => {
    const v = { ...cny(2.3e9, { magnitude: 'billion' }), asOf: '2024', scope: 'park', sources: ['s'] } as FigureValue;
    expect(figureText(v, 'en')).toBe('¥2.3 bn (2024)');
    expect(figureText(v, 'zh')).toBe('¥23亿 (2024年)');
  });
});

describe('the compare view’s computed values and missing ones', () => {
  it('says per km² in both languages, three significant figures, with the qualifier', () => {
    const v = { value: 123_456_789, qualifier: 'at-least' } as unknown as Parameters<typeof derivedAmount>[0];
    expect(derivedAmount(v, 'en')).toBe('at least ¥123 M per km²');
    expect(derivedAmount(v, 'zh')).toBe('至少 ¥1.23亿/平方公里');
  });

  it('says nothing for no dates, and names document dates as such', () => {
    expect(spanText(undefined, 'en')).toBe('');
    expect(spanText({ from: '2019', to: '2022', inferred: true, basis: 'sources' }, 'en')).toBe('sources dated 2019–2022 (inferred)');
    expect(spanText({ from: '2019', to: '2019', inferred: false, basis: 'sources' }, 'zh')).toBe('来源日期 2019');
    expect(spanText({ from: '2018', to: '2024', inferred: false, basis: 'figures' }, 'en')).toBe('2018–2024');
  });

  it('has words for a value that is missing', () => {
    expect([formatWord('notReported', 'en'), formatWord('notReported', 'zh')]).toEqual(['not reported', '未报告']);
    expect([formatWord('noneTracked', 'en'), formatWord('noneTracked', 'zh')]).toEqual(['none tracked', '暂无跟踪']);
  });
});

describe('perLang, the formatters kept per language', () => {
  it("makes one per language, with that language's locale, on first use", () => {
    const make = vi.fn((locale: string) => ({ locale }));
    const of = perLang(make);
    expect(make).not.toHaveBeenCalled();
    expect(of('en')).toBe(of('en'));
    expect(of('zh')).toEqual({ locale: 'zh-CN' });
    expect(make.mock.calls).toEqual([['en-GB'], ['zh-CN']]);
  });
});
