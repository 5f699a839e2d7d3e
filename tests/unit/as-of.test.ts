import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endKey, eventYears, figureAt, happenedBy, historyAt, startKey, startOrder, stepAt, valueAt } from '../../src/catalog/as-of';
import type { Figure, Project } from '../../src/catalog/schema';
import { filterProjects } from '../../src/catalog/selectors';
import { park } from '../fixtures/mini-catalog';

const cite = { sources: ['src-a'] };
const project = (steps: Project['statusHistory']): Project => ({ ...park().projects[0]!, statusHistory: steps });
const v = (value: number, asOf: string, extra = {}) => ({ value, unit: 'companies' as const, asOf, scope: 'firms', ...cite, ...extra });

describe('partial dates', () => {
  it('reads the atlas date as the end of its period and an event date as its start', () => {
    // asof=2021 means the end of 2021: every date in 2021 has happened by then.
    expect(happenedBy('2021', '2021')).toBe(true);
    expect(happenedBy('2021-12-31', '2021')).toBe(true);
    expect(happenedBy('2022', '2021')).toBe(false);
    expect(happenedBy('2022-01', '2021')).toBe(false);
    // An event dated by its year only counts from 1 January: true at 2021-01, and at 2021-06 too.
    expect(happenedBy('2021', '2021-01')).toBe(true);
    expect(happenedBy('2021-07', '2021-06')).toBe(false);
    expect(happenedBy('2021-06-30', '2021-06')).toBe(true);
    expect(happenedBy('2021-06', '2021-05')).toBe(false);
    expect(happenedBy('2030', undefined)).toBe(true);
    expect(startKey('2021') < startKey('2021-01')).toBe(true);
    expect(endKey('2021-12') < endKey('2021')).toBe(true);
  });
});

describe('status at a date', () => {
  const p = project([
    { status: 'construction-started', date: '2021-03-25', ...cite },
    { status: 'announced', date: '2018-09-27', ...cite },
    { status: 'operating', date: '2022', dateInferred: true, ...cite },
  ]);
  it('is the latest step on or before the date, whatever the curated order', () => {
    expect(stepAt(p, '2019')?.status).toBe('announced');
    expect(stepAt(p, '2021-02')?.status).toBe('announced');
    expect(stepAt(p, '2021-03')?.status).toBe('construction-started');
    expect(stepAt(p, undefined)?.status).toBe('operating');
    expect(historyAt(p, '2021').map((s) => s.status)).toEqual(['announced', 'construction-started']);
  });
  it('has none before the first step: the project is not shown then', () => {
    expect(stepAt(p, '2018-08')).toBeUndefined();
    expect(stepAt(p, '2017')).toBeUndefined();
    const fixture = park('p', { projects: [{ ...park('p').projects[0]!, statusHistory: p.statusHistory }] });
    expect(filterProjects(fixture, fixture.projects, { asOf: '2017' })).toEqual([]);
    expect(filterProjects(fixture, fixture.projects, { asOf: '2019', status: ['announced'] })).toHaveLength(1);
    expect(filterProjects(fixture, fixture.projects, { asOf: '2019', status: ['operating'] })).toHaveLength(0);
  });
  it('counts an inferred date from its date and keeps its mark', () => {
    expect(stepAt(p, '2021-12')?.status).toBe('construction-started');
    const step = stepAt(p, '2022-01');
    expect(step?.status).toBe('operating');
    expect(step?.dateInferred).toBe(true);
  });
});

describe('value at a date', () => {
  const counts: Figure = { values: [v(800, '2018'), v(1500, '2020'), v(1400, '2020'), v(2000, '2024-06')] };
  it('is the latest value on or before the date; sources disagreeing at that date stay side by side', () => {
    expect(valueAt(counts, '2019')?.value).toBe(800);
    expect(figureAt(counts, '2021')?.values.map((x) => x.value)).toEqual([1500, 1400]);
    expect(valueAt(counts, '2024-05')?.value).toBe(1500);
    expect(valueAt(counts, '2024')?.value).toBe(2000);
    expect(figureAt(counts, undefined)).toBe(counts);
  });
  it('is nothing before the first value', () => {
    expect(figureAt(counts, '2017')).toBeUndefined();
  });
  it('keeps values that belong together (parts, conversions) when each is dated by then', () => {
    const parts: Figure = { relation: 'parts', values: [v(1, '2019'), v(2, '2021')] };
    expect(figureAt(parts, '2021')?.values).toHaveLength(2);
    expect(figureAt(parts, '2020')?.values.map((x) => x.value)).toEqual([1]);
  });
  it('counts an inferred asOf from its date', () => {
    const f: Figure = { values: [v(5, '2019'), v(9, '2022', { asOfInferred: true })] };
    expect(valueAt(f, '2021')?.value).toBe(5);
    expect(valueAt(f, '2022')).toMatchObject({ value: 9, asOfInferred: true });
  });
});

it('lists the years that have events, once each, ascending', () => {
  expect(eventYears(['2022', '2018-09-27', '2022-03', '2009'])).toEqual([2009, 2018, 2022]);
});

describe('the atlas as of a date', () => {
  const later = { ...park().projects[0]!, id: 'later', statusHistory: [{ status: 'signed' as const, date: '2021-03', ...cite }] };
  const early = {
    ...park().projects[0]!,
    id: 'early',
    statusHistory: [
      { status: 'announced' as const, date: '2018', ...cite },
      { status: 'operating' as const, date: '2022', dateInferred: true, ...cite },
    ],
  };
  const fixture = park('p', {
    projects: [later, early],
    keyFigures: [{ kind: 'companies', label: { en: 'Firms' }, figure: { values: [v(800, '2018'), v(1500, '2020')] } }],
  });
  it('drops projects not yet on record from the map data and colours the rest by their status then', async () => {
    const { buildCatalog } = await import('../../src/catalog/catalog');
    const { buildAtlasData } = await import('../../src/map/layers/atlas-data');
    const catalog = buildCatalog([fixture], []);
    const props = (asOf?: string) =>
      buildAtlasData(catalog, { asOf }).projects.features.map((f) => [f.properties!.key, f.properties!.status]);
    expect(props('2019')).toEqual([['early', 'announced']]);
    expect(props('2021-03')).toEqual([
      ['later', 'signed'],
      ['early', 'announced'],
    ]);
    expect(props()).toEqual([
      ['later', 'signed'],
      ['early', 'operating'],
    ]);
  });
  it('reads a whole park as it stood then (the comparison and its downloads)', async () => {
    const { parkAt } = await import('../../src/catalog/as-of');
    const then = parkAt(fixture, '2019');
    expect(then.projects.map((p) => [p.id, p.statusHistory.length])).toEqual([['early', 1]]);
    expect(then.keyFigures[0]!.figure.values.map((x) => x.value)).toEqual([800]);
    // The area (dated 2022 in the fixture) was not reported yet: left out, so it reads "not reported".
    expect(then.area).toBeUndefined();
    expect(then.projects[0]!.investment).toBeUndefined();
    expect(parkAt(fixture, undefined)).toBe(fixture);
  });
});

describe('figure series (the park panel chart)', () => {
  it('joins only values of one scope, and needs two dates', async () => {
    const { seriesOf, timeOf } = await import('../../src/catalog/figure-series');
    expect(timeOf('2020')).toBe(2020);
    expect(timeOf('2020-07')).toBe(2020.5);
    expect(seriesOf({ values: [v(1, '2020'), v(2, '2020')] })).toBeUndefined();
    const s = seriesOf({
      values: [
        v(30, '2021', { scope: 'firms' }),
        v(10, '2009', { scope: 'firms' }),
        v(20, '2015', { scope: 'biotech firms' }),
        v(25, '2018', { scope: 'firms' }),
      ],
    })!;
    expect(s.points.map((p) => p.v.value)).toEqual([10, 20, 25, 30]);
    expect(s.lines).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(seriesOf({ relation: 'conversion', values: [v(1, '2019'), v(2, '2020')] })).toBeUndefined();
  });
});

describe('date comparisons without keys (the timeline calls them for thousands of projects)', () => {
  const partialDate = fc
    .tuple(
      fc.integer({ min: 2008, max: 2012 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 4, max: 10 }),
    )
    .map(([y, m, d, length]) =>
      `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`.slice(0, length === 10 ? 10 : length >= 7 ? 7 : 4),
    );
  const sign = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  it('happenedBy agrees with the padded keys', () => {
    fc.assert(fc.property(partialDate, partialDate, (date, asOf) => happenedBy(date, asOf) === startKey(date) <= endKey(asOf)));
  });

  it('startOrder agrees with the start keys', () => {
    fc.assert(fc.property(partialDate, partialDate, (a, b) => Math.sign(startOrder(a, b)) === sign(startKey(a), startKey(b))));
  });
});
