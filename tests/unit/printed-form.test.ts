import { describe, expect, it } from 'vitest';
import { checkPrintedFigure, readPrinted } from '../../src/catalog/printed-form';
import { checkPrintedDates, readPrintedDate } from '../../src/catalog/printed-date';
import type { FigureValue } from '../../src/catalog/schema';

type Stored = Pick<FigureValue, 'value' | 'unit' | 'qualifier' | 'magnitude' | 'flag'>;
const kinds = (as: string, v: Stored, lang?: string) => checkPrintedFigure(as, v, lang).map((m) => m.kind);

const cny = (value: number, magnitude?: FigureValue['magnitude'], qualifier?: FigureValue['qualifier']): Stored => ({
  value,
  unit: 'CNY',
  ...(magnitude && { magnitude }),
  ...(qualifier && { qualifier }),
});

describe('checkPrintedFigure: real printed forms that agree', () => {
  // Each row: the form as its page prints it (shared/sources, FACTS-PRINTED.md, FACTS-PARKS.md) and the stored value.
  const agree: [string, Stored, string?][] = [
    ['2.3 bn Yuan', cny(2.3e9, 'billion')], // source 000
    ['2.3 billion', cny(2.3e9, 'billion')],
    ['2,300,000,000', cny(2.3e9, 'billion')],
    ['23亿', cny(2.3e9, 'billion')],
    ['23億', cny(2.3e9, 'billion')],
    ['总投资23亿元', cny(2.3e9, 'billion')], // lf-ccxq-genescience-park
    ['2.3亿元', cny(2.3e8, 'million')],
    ['560 M Yuan', cny(5.6e8, 'million')], // source 000
    ['466M Yuan', cny(4.66e8, 'million')], // source 000, no space
    ['5.6亿', cny(5.6e8, 'million')],
    ['223亿元', cny(2.23e10, 'billion')], // lf-cswb
    ['约178亿元', cny(1.78e10, 'billion', 'about')], // lf-yinshua
    ['RMB1.343 billion', cny(1.343e9, 'billion')], // source 004
    ['RMB 1.343 bn', cny(1.343e9, 'billion')],
    ['more than RMB 100 billion', cny(1e11, 'billion', 'more-than')], // source 001
    ['over RMB 30 billion', cny(3e10, 'billion', 'more-than')], // source 002
    ['40 billion yuan', cny(4e10, 'billion')], // source 003
    ['$6.21 billion', { value: 6.21e9, unit: 'USD', magnitude: 'billion' }], // source 003
    ['US$100 million', { value: 1e8, unit: 'USD', magnitude: 'million' }], // lf-alvotech
    ['valued at US$100 million', { value: 1e8, unit: 'USD', magnitude: 'million' }],
    ['人民币5.8亿元', cny(5.8e8)],
    ['20﹒4億元', cny(2.04e9, 'billion')], // etnet: a small full stop
    ['突破1500亿元', cny(1.5e11, 'billion', 'more-than')],
    ['达3300亿', cny(3.3e11, 'billion')],
    ['RMB10 billion within five years', { ...cny(1e10, 'billion'), flag: 'target' }], // source 004: the horizon is no qualifier
    ['超过1500家', { value: 1500, unit: 'companies', qualifier: 'more-than' }],
    ['more than 1,500', { value: 1500, unit: 'companies', qualifier: 'more-than' }], // lf-chinadaily-zhejiang
    ['1500', { value: 1500, unit: 'companies' }],
    ['超2000家', { value: 2000, unit: 'companies', qualifier: 'more-than' }],
    ['550余家', { value: 550, unit: 'companies', qualifier: 'more-than' }],
    ['近300家', { value: 300, unit: 'companies', qualifier: 'nearly' }],
    ['nearly 300 firms', { value: 300, unit: 'companies', qualifier: 'nearly' }],
    ['逾800家企业', { value: 800, unit: 'companies', qualifier: 'more-than' }],
    ['more than 1,000 pharmaceutical enterprises', { value: 1000, unit: 'companies', qualifier: 'more-than' }],
    ['8万', { value: 80000, unit: 'count' }],
    ['超过8万', { value: 80000, unit: 'count', qualifier: 'more-than' }],
    ['６．８万平方メートル', { value: 68000, unit: 'm2' }], // full-width digits
    ['6.8万平方メートル', { value: 68000, unit: 'm2' }, 'ja'], // lf-changchun-gov (Japanese edition)
    ['10.26万平方メートル', { value: 102600, unit: 'm2' }, 'ja'],
    ['68,000 square meters', { value: 68000, unit: 'm2' }], // source 004
    ['总建筑面积约31.5万平方米', { value: 315000, unit: 'm2', qualifier: 'about' }], // lf-dongyujd
    ['12万平方米', { value: 120000, unit: 'm2' }],
    ['118万㎡', { value: 1180000, unit: 'm2' }],
    ['1026,000 square meters', { value: 1026000, unit: 'm2', flag: 'ambiguous-as-printed' }], // source 004, flagged
    ['1.5平方公里', { value: 1.5, unit: 'km2' }],
    ['规划面积18.4平方公里', { value: 18.4, unit: 'km2' }], // lf-cswb
    ['一期3.698平方公里', { value: 3.698, unit: 'km2' }], // lf-yinshua: 一期 is "phase one", not a number
    ['規劃面積3.4平方公里', { value: 3.4, unit: 'km2' }], // traditional script
    ['5.4 sq. km', { value: 5.4, unit: 'km2' }], // source 000
    ['3.4 square kilometers', { value: 3.4, unit: 'km2' }], // source 002
    ['about 710 sq km', { value: 710, unit: 'km2', qualifier: 'about' }], // lf-chinadaily-changchun-new-area
    ['about 3.8 km2', { value: 3.8, unit: 'km2', qualifier: 'about' }],
    ['19.11 km²', { value: 19.11, unit: 'km2' }],
    ['约1.5 km²', { value: 1.5, unit: 'km2', qualifier: 'about' }],
    ['42.9 hectares', { value: 42.9, unit: 'ha' }], // lf-shine
    ['12公顷', { value: 12, unit: 'ha' }],
    ['约39.6亩', { value: 39.6, unit: 'mu', qualifier: 'about' }],
    ['約53畝', { value: 53, unit: 'mu', qualifier: 'about' }], // etnet, traditional script
    ['20 km', { value: 20, unit: 'km' }], // source 000
    ['50%', { value: 50, unit: 'percent' }], // source 002
    ['５０％', { value: 50, unit: 'percent' }],
    ['one new company every day', { value: 1, unit: 'per-day' }], // source 002: "average", no "about"
    ['seven', { value: 7, unit: 'count' }],
    ['七家', { value: 7, unit: 'companies' }],
    ['3.600', { value: 3600, unit: 'companies' }, 'de'], // a German mirror's thousands point
    ['110余万平方米', { value: 1100000, unit: 'm2', qualifier: 'more-than' }],
    ['1,400 firms', { value: 1400, unit: 'companies' }],
    ['surpassing 200 billion yuan', cny(2e11, 'billion', 'more-than')], // china.org.cn (Nanjing)
    ['40,000-plus', { value: 40000, unit: 'count', qualifier: 'more-than' }],
    ['200多項', { value: 200, unit: 'count', qualifier: 'more-than' }],
  ];
  it.each(agree)('%s agrees with its stored value', (as, v, lang) => {
    expect(checkPrintedFigure(as, v, lang)).toEqual([]);
  });
});

describe('checkPrintedFigure: near misses fail, each with its kind', () => {
  it('2.3 is not 23, 1.343 is not 1,343', () => {
    expect(kinds('2.3亿元', cny(2.3e9, 'billion'))).toEqual(['magnitude']);
    expect(kinds('2.3 bn Yuan', cny(2.3e8, 'million'))).toEqual(['magnitude', 'magnitude']);
    expect(kinds('RMB 1,343 bn', cny(1.343e9, 'billion'))).toEqual(['magnitude']);
    expect(kinds('RMB1.343', cny(1.343e9, 'billion'))).toEqual(['magnitude']);
    expect(kinds('1,343 million', cny(1.343e9, 'billion'))).toEqual(['magnitude']);
    expect(kinds('RMB 1.334 bn', cny(1.343e9, 'billion'))).toEqual(['number']);
  });

  it('亿 is not 万', () => {
    expect(kinds('23万元', cny(2.3e9, 'billion'))).toEqual(['magnitude']);
    expect(kinds('31.5亿平方米', { value: 315000, unit: 'm2' })).toEqual(['magnitude']);
    expect(checkPrintedFigure('23万元', cny(2.3e9, 'billion'))[0]!.message).toMatch(/230000.*2300000000/);
  });

  it('a qualifier added or dropped', () => {
    expect(kinds('约178亿元', cny(1.78e10, 'billion'))).toEqual(['qualifier']); // FACTS-PRINTED: the missing "about"
    expect(kinds('178亿元', cny(1.78e10, 'billion', 'about'))).toEqual(['qualifier']);
    expect(kinds('an average rate of one new company every day', { value: 1, unit: 'per-day', qualifier: 'about' })).toEqual(['qualifier']);
    expect(kinds('about 20 km', { value: 20, unit: 'km' })).toEqual(['qualifier']);
    expect(kinds('超过1500家', { value: 1500, unit: 'companies', qualifier: 'about' })).toEqual(['qualifier']);
    expect(kinds('近300家', { value: 300, unit: 'companies', qualifier: 'more-than' })).toEqual(['qualifier']);
    expect(checkPrintedFigure('178亿元', cny(1.78e10, 'billion', 'about'))[0]!.message).toMatch(/stored qualifier "about" is not printed/);
    expect(checkPrintedFigure('逾800家', { value: 800, unit: 'companies' })[0]!.message).toMatch(/printed qualifier "逾" is not stored/);
  });

  it('a unit that disagrees', () => {
    expect(kinds('3.4平方公里', { value: 3.4, unit: 'm2' })).toEqual(['unit']);
    expect(kinds('42.9 hectares', { value: 42.9, unit: 'km2' })).toEqual(['unit']);
    expect(kinds('US$100 million', cny(1e8, 'million'))).toEqual(['unit']);
    expect(kinds('39.6亩', { value: 39.6, unit: 'ha' })).toEqual(['unit']);
  });

  it('a number that disagrees, and one printed ambiguously but not flagged', () => {
    expect(kinds('規劃面積3.4平方公里', { value: 3.5, unit: 'km2' })).toEqual(['number']); // audit point 4
    expect(kinds('1026,000 square meters', { value: 1026000, unit: 'm2' })).toEqual(['ambiguous']);
    expect(kinds('总投资', cny(2.3e9, 'billion'))).toEqual(['unreadable']);
  });
});

describe('readPrinted', () => {
  it('reads number, magnitude, unit and qualifier', () => {
    expect(readPrinted('more than RMB 100 billion')).toMatchObject({
      amounts: [1e11],
      magnitude: 'billion',
      unit: 'CNY',
      qualifiers: ['more-than'],
    });
    expect(readPrinted('10余亿元')).toMatchObject({ amounts: [1e9], unit: 'CNY', qualifiers: ['more-than'] });
    expect(readPrinted('1000家以上')).toMatchObject({ qualifiers: ['more-than', 'at-least'] });
    expect(readPrinted('2018年超过800家')).toMatchObject({ amounts: [800] });
    // The 2 of "km2" (and of ㎡, which NFKC spells m2) is the unit's, not a second number.
    expect(readPrinted('19.11 km2')).toMatchObject({ amounts: [19.11], unit: 'km2' });
    expect(readPrinted('約6000㎡')).toMatchObject({ amounts: [6000], unit: 'm2', qualifiers: ['about'] });
    expect(checkPrintedFigure('2 km2', { value: 2.5, unit: 'km2' }).map((m) => m.kind)).toEqual(['number']);
    expect(readPrinted('110 多万方')).toMatchObject({ amounts: [1100000], qualifiers: ['more-than'] });
  });
});

describe('dates as printed', () => {
  it('reads Chinese, English and numeric dates at their precision', () => {
    expect(readPrintedDate('2020年7月开工建设')).toEqual({ year: 2020, month: 7 });
    expect(readPrintedDate('3月25日')).toEqual({ month: 3, day: 25 });
    expect(readPrintedDate('2022年07月15日')).toEqual({ year: 2022, month: 7, day: 15 });
    expect(readPrintedDate('27 September 2018')).toEqual({ year: 2018, month: 9, day: 27 });
    expect(readPrintedDate('Updated: Nov 27, 2017')).toEqual({ year: 2017, month: 11, day: 27 });
    expect(readPrintedDate('June 5')).toEqual({ month: 6, day: 5 });
    expect(readPrintedDate('in April 1993')).toEqual({ year: 1993, month: 4 });
    expect(readPrintedDate('時間: 2019-07-10 09:43')).toEqual({ year: 2019, month: 7, day: 10 });
    expect(readPrintedDate('Updated : 2023-01-18')).toEqual({ year: 2023, month: 1, day: 18 });
    expect(readPrintedDate('２０２１年３月')).toEqual({ year: 2021, month: 3 });
    expect(readPrintedDate('In 2018')).toEqual({ year: 2018 });
    expect(readPrintedDate('この程')).toBeUndefined();
  });

  const p = (as: string, source = 'src-a') => ({ as, source });
  it('agrees at the precision printed', () => {
    expect(checkPrintedDates([p('2020年7月开工建设')], '2020-07', false)).toEqual([]);
    expect(checkPrintedDates([p('27 September 2018')], '2018-09-27', false)).toEqual([]);
    expect(checkPrintedDates([p('27 September 2018')], '2018-09', false)).toEqual([]);
    // Two pages together print the whole date: 2021年3月 on one, 3月25日 on the other.
    expect(checkPrintedDates([p('2021年3月'), p('3月25日', 'src-b')], '2021-03-25', false)).toEqual([]);
  });

  it('fails a stored day (or year) that no printed form gives, unless the date is inferred', () => {
    expect(checkPrintedDates([p('2021年3月')], '2021-03-25', false)[0]).toMatch(/stored 2021-03-25 gives the day.*"2021年3月"/);
    expect(checkPrintedDates([p('June 5')], '2009-06-05', false)[0]).toMatch(/gives the year/);
    expect(checkPrintedDates([p('June 5')], '2009-06-05', true)).toEqual([]);
    expect(checkPrintedDates([p('この程')], '2019-07', false)[0]).toMatch(/gives no date/);
    expect(checkPrintedDates([p('この程')], '2019-07', true)).toEqual([]);
  });

  it('fails a printed part that disagrees, inferred or not', () => {
    expect(checkPrintedDates([p('1991年12月')], '1991-03', false)[0]).toMatch(/gives month 12, stored 1991-03/);
    expect(checkPrintedDates([p('时间:2022-12-20 16:01')], '2022-12-23', true)[0]).toMatch(/gives day 20/);
  });
});
