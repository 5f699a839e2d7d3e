import { describe, expect, it } from 'vitest';
import { investmentPerKm2, outputPerKm2 } from '../../src/catalog/derived';
import { formulaWords, withheldWords } from '../../src/catalog/compare-format';
import type { FigureValue, Park } from '../../src/catalog/schema';
import { park } from '../fixtures/mini-catalog';

const v = (value: number, asOf: string, over: Partial<FigureValue> = {}): FigureValue => ({
  value,
  unit: 'CNY',
  magnitude: 'billion',
  asOf,
  scope: 'output',
  sources: ['src-a'],
  ...over,
});
const withOutput = (
  values: FigureValue[],
  area = [{ value: 2, unit: 'km2' as const, asOf: '2020', scope: 'area', sources: ['src-a'] }],
): Park => park('p', { area: { values: area }, keyFigures: [{ kind: 'output', label: { en: 'Output' }, figure: { values } }] });

describe('outputPerKm2', () => {
  it('divides output by the stated area when both describe the whole park in comparable years', () => {
    const d = outputPerKm2(withOutput([v(10e9, '2021')]));
    expect(d).toMatchObject({ shown: true, values: [{ value: 5e9 }] });
  });

  it('keeps disagreeing values side by side and carries "more than"', () => {
    const d = outputPerKm2(withOutput([v(50e9, '2019', { qualifier: 'more-than' }), v(30e9, '2018')]));
    expect(d.shown && d.values.map((x) => [x.value, x.qualifier])).toEqual([
      [25e9, 'more-than'],
      [15e9, undefined],
    ]);
  });

  it('withholds when the years are too far apart', () => {
    expect(outputPerKm2(withOutput([v(10e9, '2010')]))).toMatchObject({
      shown: false,
      reason: 'years-apart',
    });
  });

  it('withholds a target, and a figure about a wider area', () => {
    expect(outputPerKm2(withOutput([v(100e9, '2023', { flag: 'target' })]))).toMatchObject({
      shown: false,
      reason: 'target',
    });
    expect(outputPerKm2(withOutput([v(22.3e9, '2021', { coverage: 'wider-area' })]))).toMatchObject({
      shown: false,
      reason: 'different-area',
    });
  });

  it('withholds a figure whose scope is uncertain (the town or its development zone: audit point 6)', () => {
    expect(outputPerKm2(withOutput([v(30e9, '2018', { coverage: 'uncertain' })]))).toMatchObject({
      shown: false,
      reason: 'wider-area',
    });
    const d = outputPerKm2(withOutput([v(30e9, '2018', { coverage: 'uncertain' }), v(10e9, '2019')]));
    expect(d.shown && d.values.map((x) => x.value)).toEqual([5e9]);
  });

  it('withholds when there is no area or no output', () => {
    expect(outputPerKm2(park('p', { area: undefined }))).toMatchObject({ shown: false, reason: 'no-area' });
    expect(outputPerKm2(park('p'))).toMatchObject({ shown: false, reason: 'none-reported', numerator: 'output' });
  });
});

describe('investmentPerKm2', () => {
  it('sums tracked investment over the area, as a lower bound when amounts are missing', () => {
    const p = park('p');
    expect(investmentPerKm2(p)).toMatchObject({ shown: true, values: [{ value: 2.3e9 }] });
    p.projects.push({ ...p.projects[0]!, id: 'no-amount', investment: undefined });
    expect(investmentPerKm2(p)).toMatchObject({
      shown: true,
      values: [{ value: 2.3e9, qualifier: 'more-than' }],
      note: 'lower-bound',
    });
  });

  it('withholds when no project reports an amount', () => {
    const p = park('p');
    p.projects[0]!.investment = undefined;
    expect(investmentPerKm2(p)).toMatchObject({ shown: false, reason: 'no-amount' });
  });
});

describe('the words of a withheld measure', () => {
  it('names the measure and the gap in both languages, and every reason has words', () => {
    const withheld = outputPerKm2(park('p'));
    if (withheld.shown) throw new Error('expected a withheld measure');
    expect(withheldWords(withheld, 'en')).toBe('no output or revenue reported');
    expect(withheldWords(withheld, 'zh')).toBe('未报告产值或营收');
    const apart = { ...withheld, reason: 'years-apart' as const, numerator: 'investment' as const };
    expect(withheldWords(apart, 'en')).toBe('the tracked investment and the area are more than 3 years apart');
    expect(withheldWords(apart, 'zh')).toBe('跟踪投资与面积的年份相差超过3年');
    expect(formulaWords(withheld.formula, 'zh')).toBe('产值或营收 ÷ 公布面积');
  });
});
