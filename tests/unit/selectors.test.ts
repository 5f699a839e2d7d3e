import { describe, expect, it } from 'vitest';
import { nearestIds, editDistance } from '../../src/catalog/nearest';
import {
  disagrees,
  readsAsOne,
  filterProjects,
  investmentRange,
  latestStatus,
  projectTotals,
  sortedHistory,
  treeMatches,
  investmentSortKey,
} from '../../src/catalog/selectors';
import { fixtureCatalog } from '../ui/fixture-catalog';

const catalog = fixtureCatalog();
const valley = catalog.parkById.get('changchun-pharma-valley')!;
const project = (id: string) => catalog.projectById.get(id)!.project;

describe('selectors', () => {
  it('orders a status history by date and takes the latest', () => {
    const p = project('genescience-park');
    expect(sortedHistory(p).map((s) => s.status)).toEqual(['signed', 'construction-started']);
    expect(latestStatus(p)).toBe('construction-started');
  });

  it('totals projects per currency as a range, counting those with no amount', () => {
    const totals = projectTotals(valley.projects);
    expect(totals).toMatchObject({ count: 4, withAmount: 3, withoutAmount: 1 });
    // 2.3 bn vs 3.0 bn disagree: the total is a range, not one value picked.
    expect(totals.money).toEqual([
      { currency: 'CNY', low: 2.3e9 + 5.6e8, high: 3e9 + 5.6e8, projects: 2 },
      { currency: 'USD', low: 2e8, high: 2e8, projects: 1 },
    ]);
  });

  it('adds parts of a sum and counts a currency conversion once', () => {
    const base = project('chem-plant');
    const usd = (value: number) => ({ value, unit: 'USD' as const, asOf: '2018', scope: 's', sources: ['src-news'] });
    const cny = (value: number) => ({ value, unit: 'CNY' as const, asOf: '2018', scope: 's', sources: ['src-news'] });
    expect(investmentRange({ ...base, investment: { relation: 'parts', values: [usd(1e8), usd(1e8)] } })).toEqual({
      currency: 'USD',
      low: 2e8,
      high: 2e8,
      projects: 1,
    });
    expect(investmentRange({ ...base, investment: { relation: 'conversion', values: [usd(2e8), cny(1.38e9)] } })).toEqual({
      currency: 'USD',
      low: 2e8,
      high: 2e8,
      projects: 1,
    });
    expect(disagrees({ relation: 'different-measures', values: [cny(1), cny(2)] })).toBe(false);
  });

  it('sorts a missing amount below every real one, never as zero', () => {
    expect(investmentSortKey(project('no-amount'))).toBeLessThan(0);
    expect(investmentSortKey(project('alvotech-jv'))).toBeGreaterThan(investmentSortKey(project('chem-plant')));
  });

  it('tells disagreement from agreement', () => {
    expect(disagrees(project('genescience-park').investment!)).toBe(true);
    expect(disagrees(project('chem-plant').investment!)).toBe(false);
  });

  it('does not call values of different scopes a disagreement (the 3.8 km² expansion design is not the town)', () => {
    const km2 = (value: number, coverage?: 'part' | 'uncertain') => ({
      value,
      unit: 'km2' as const,
      asOf: '2021',
      scope: 's',
      sources: ['src-news'],
      ...(coverage && { coverage }),
    });
    expect(disagrees({ values: [km2(3.4), km2(3.8, 'part')] })).toBe(false);
    expect(readsAsOne({ values: [km2(3.4), km2(3.8, 'part')] })).toBe(false);
    expect(readsAsOne({ values: [km2(3.4), km2(3.4)] })).toBe(true);
    expect(disagrees({ values: [km2(3.4), km2(3.5), km2(3.8, 'part')] })).toBe(true);
    // A value that may or may not be the whole's (the 30 bn of the town or of its zone) can still disagree.
    expect(disagrees({ values: [km2(3.4), km2(3.8, 'uncertain')] })).toBe(true);
  });

  it('filters projects by latest status and by their zone industries', () => {
    const ids = (f: Parameters<typeof filterProjects>[2]) => filterProjects(valley, valley.projects, f).map((p) => p.id);
    expect(ids({ status: ['operating'] })).toEqual(['alvotech-jv']);
    // The park's own focus covers all its projects; a zone's focus only the zone's.
    expect(ids({ industry: ['specialty-chemicals'] })).toHaveLength(4);
    expect(ids({ industry: ['new-drug-development'] })).toEqual([]);
    expect(ids({})).toHaveLength(4);
  });

  it('keeps a parent park listed when a child matches the industry filter', () => {
    const newArea = catalog.parkById.get('changchun-new-area')!;
    expect(treeMatches(catalog, newArea, { industry: ['specialty-chemicals'] })).toBe(true);
    expect(treeMatches(catalog, newArea, { industry: ['digital-health'] })).toBe(false);
  });
});

describe('nearestIds', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('suggests up to three close ids, closest first', () => {
    const ids = ['changchun-pharma-valley', 'changchun-new-area', 'changchun-high-tech-zone', 'hangzhou-biopharma-town'];
    expect(nearestIds('changchun-pharma-vally', ids)[0]).toBe('changchun-pharma-valley');
    expect(nearestIds('changchun-new-aera', ids, 3).length).toBeLessThanOrEqual(3);
    expect(nearestIds('zzzzzz', ids)).toEqual([]);
  });
});
