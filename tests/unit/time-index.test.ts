import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { buildRows } from '../../src/catalog/project-rows';
import { sortRows } from '../../src/catalog/row-sort';
import type { Park, Project } from '../../src/catalog/schema';
import { changedBetween, timeIndex } from '../../src/catalog/time-index';
import { buildAtlasData } from '../../src/map/layers/atlas-data';
import { featureDiff } from '../../src/map/layers/feature-diff';
import { park } from '../fixtures/mini-catalog';

/**
 * A year's move of the timeline patches the last build with the projects dated in between
 * (time-index.ts): whatever the sequence of dates and filters, the patched map data and table
 * rows must equal a build from scratch, and the diff handed to the map must turn one into the other.
 */
const cite = { sources: ['src-a'], printed: [] };
const STATUSES = ['announced', 'signed', 'construction-started', 'operating'] as const;
// A small deterministic generator, so a failure names a sequence that can be replayed.
const lcg = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const DATES = ['2016', '2017-03', '2018', '2018-11-02', '2019', '2019-06', '2020', '2021-01', '2022'];

function fixture(random: () => number): Park[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const base = park('p').projects[0]!;
  return ['p', 'q'].map((id) => {
    const projects: Project[] = Array.from({ length: 40 }, (_, i) => ({
      ...base,
      id: `${id}-${i}`,
      zoneId: i % 3 ? 'zone-a' : undefined,
      statusHistory: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        status: pick(STATUSES),
        date: pick(DATES),
        ...(random() < 0.2 ? { dateInferred: true } : {}),
        ...cite,
      })),
      investment:
        random() < 0.6
          ? { values: [{ value: Math.round(random() * 1e9), unit: 'CNY' as const, asOf: pick(DATES), scope: 'total', ...cite }] }
          : undefined,
    }));
    const aggregates = [
      {
        id: 'agg',
        label: { en: 'Others' },
        summary: 's',
        status: 'operating' as const,
        sources: ['src-a'],
        count: { values: [{ value: 12, unit: 'count' as const, asOf: '2019', scope: 'all', ...cite }] },
      },
    ];
    return park(id, { projects, aggregates, focusIndustries: id === 'p' ? ['vaccines'] : ['antibodies'] });
  });
}

const SORTS = [
  { column: 'investment', descending: true },
  { column: 'status', descending: false },
  { column: 'date', descending: true },
  { column: 'name', descending: false },
] as const;
const rowsOf = (rows: ReturnType<typeof sortRows>) => rows.map((r) => `${r.id}:${r.status}:${r.investmentKey}`);
const keysOf = (features: readonly Feature[]) => features.map((f) => `${f.properties!.key}:${f.properties!.status}`);

describe('the timeline patches the last build: the same as building afresh', () => {
  for (const seed of [1, 2, 3]) {
    it(`map projects, its diff and the table rows, over a random walk of dates and filters (seed ${seed})`, () => {
      const random = lcg(seed);
      const parks = fixture(random);
      const catalog = buildCatalog(parks, []),
        scoped = buildCatalog(parks, []),
        sorted = buildCatalog(parks, []);
      const dates = [undefined, ...DATES, '2018-06', '2015'];
      const filterSets = [{}, { status: ['operating' as const] }, { industry: ['vaccines' as const] }];
      let filters = filterSets[0]!;
      let before = buildAtlasData(catalog, filters).projects;
      for (let step = 0; step < 60; step++) {
        if (random() < 0.1) filters = filterSets[Math.floor(random() * filterSets.length)]!;
        const asOf = dates[Math.floor(random() * dates.length)];
        const now = { ...filters, asOf };
        const fresh = buildCatalog(parks, []);
        const after = buildAtlasData(catalog, now).projects;
        expect(keysOf(after.features)).toEqual(keysOf(buildAtlasData(fresh, now).projects.features));
        const diff = featureDiff(before, after);
        if (diff) {
          const patched = new Map(before.features.map((f) => [f.properties!.key, f]));
          diff.remove.forEach((k) => patched.delete(k));
          diff.add.forEach((f) => patched.set(f.properties!.key, f));
          expect(keysOf([...patched.values()]).sort()).toEqual(keysOf(after.features).sort());
        }
        before = after;
        // One catalog per scope: the table's patch holds for the scope it was built for.
        expect(rowsOf(buildRows(catalog, now))).toEqual(rowsOf(buildRows(fresh, now)));
        expect(rowsOf(buildRows(scoped, now, ['q']))).toEqual(rowsOf(buildRows(fresh, now, ['q'])));
        // Sorted, the patched order (removed rows out, added ones merged in) is the order of a full sort.
        const sort = SORTS[Math.floor(step / 12) % SORTS.length]!;
        const expected = rowsOf(sortRows([...buildRows(fresh, now)], sort));
        expect(rowsOf(sortRows(buildRows(sorted, now), sort))).toEqual(expected);
      }
    });
  }
});

describe('changedBetween: the projects with a date between two readings', () => {
  const parks = [
    park('p', {
      projects: [
        { ...park('p').projects[0]!, id: 'a', statusHistory: [{ status: 'signed', date: '2018', ...cite }] },
        { ...park('p').projects[0]!, id: 'b', statusHistory: [{ status: 'signed', date: '2019-05', ...cite }], investment: undefined },
        {
          ...park('p').projects[0]!,
          id: 'c',
          statusHistory: [{ status: 'signed', date: '2015', ...cite }],
          investment: { values: [{ value: 1, unit: 'CNY', asOf: '2020-02-03', scope: 's', ...cite }] },
        },
      ],
    }),
  ];
  const index = timeIndex(buildCatalog(parks, []));
  const ids = (a?: string, b?: string) => changedBetween(index, a, b).map((at) => index.entries[at]!.project.id);
  it('counts a date from the start of its period and a reading to the end of its own', () => {
    expect(ids('2018', '2019')).toEqual(['b']);
    expect(ids('2019-04', '2019-05')).toEqual(['b']);
    expect(ids('2019-05', '2019-06')).toEqual([]);
    expect(ids('2017', '2018')).toEqual(['a']);
    expect(ids('2020', '2019')).toEqual(['c']);
    expect(ids('2014', undefined)).toEqual(['a', 'b', 'c']);
    expect(ids('2020', '2020')).toEqual([]);
  });
});
