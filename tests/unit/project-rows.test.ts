import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { buildCatalog } from '../../src/catalog/catalog';
import { buildRows, filterRows } from '../../src/catalog/project-rows';
import { sortRows } from '../../src/catalog/row-sort';
import type { Project } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate';
import { park } from '../fixtures/mini-catalog';

const cite = { sources: ['src-a'] };
const base = park().projects[0]!;
const p = (id: string, over: Partial<Project>): Project => ({ ...base, id, name: { en: id }, ...over });
const money = (value: number, unit: 'CNY' | 'USD' = 'CNY', asOf = '2020') => ({ values: [{ value, unit, asOf, scope: 'total', ...cite }] });
const fixture = park('p', {
  projects: [
    p('alpha', { investment: money(5e8), companies: [{ name: { en: 'Zeta Bio', zh: '泽塔生物' } }] }),
    p('bravo', { investment: undefined, statusHistory: [{ status: 'operating', date: '2019', ...cite }] }),
    p('charlie', { investment: money(2e8, 'USD'), statusHistory: [{ status: 'announced', date: '2023-05', ...cite }] }),
    p('delta', { investment: { values: [money(1e8, 'CNY', '2018').values[0]!, money(9e9, 'CNY', '2024').values[0]!] } }),
  ],
  aggregates: [
    {
      id: 'restarted',
      label: { en: '18 projects restarted' },
      count: { values: [{ value: 18, unit: 'count', asOf: '2022', scope: 'projects', ...cite }] },
      status: 'construction-restarted',
      summary: 's',
      sources: ['src-a'],
    },
  ],
});
const catalog = buildCatalog([fixture], []);
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('projects table model', () => {
  it('has one row per project and one per aggregate, kept whole', () => {
    const rows = buildRows(catalog, {});
    expect(ids(rows)).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'aggregate:p/restarted']);
    expect(rows.at(-1)).toMatchObject({ kind: 'aggregate', project: undefined, status: 'construction-restarted' });
  });
  it('sorts by investment value (US$ at 7 to the yuan), unknown amounts last both ways', () => {
    const rows = buildRows(catalog, {});
    expect(ids(sortRows(rows, { column: 'investment', descending: true }))).toEqual([
      'delta',
      'charlie',
      'alpha',
      'bravo',
      'aggregate:p/restarted',
    ]);
    expect(ids(sortRows(rows, { column: 'investment', descending: false }))).toEqual([
      'alpha',
      'charlie',
      'delta',
      'bravo',
      'aggregate:p/restarted',
    ]);
  });
  it('follows the date: rows, status and the investment true then', () => {
    const rows = buildRows(catalog, { asOf: '2022' });
    expect(ids(rows)).toEqual(['alpha', 'bravo', 'delta', 'aggregate:p/restarted']);
    // delta's 2024 amount was not reported yet: its 2018 one (¥100 M) stands.
    expect(ids(sortRows(rows, { column: 'investment', descending: true }))).toEqual(['alpha', 'delta', 'bravo', 'aggregate:p/restarted']);
    expect(ids(buildRows(catalog, { asOf: '2021' }))).toEqual(['bravo']);
  });
  it('sorts by status (how far along) and by date; filters by status and by text', () => {
    const rows = buildRows(catalog, {});
    expect(ids(sortRows(rows, { column: 'status', descending: true })).slice(0, 2)).toEqual(['bravo', 'aggregate:p/restarted']);
    expect(ids(sortRows(rows, { column: 'date', descending: false })).slice(0, 2)).toEqual(['bravo', 'alpha']);
    expect(ids(buildRows(catalog, { status: ['operating'] }))).toEqual(['bravo']);
    expect(ids(filterRows(rows, 'zeta'))).toEqual(['alpha']);
    expect(ids(filterRows(rows, '泽塔'))).toEqual(['alpha']);
    expect(ids(filterRows(rows, '  ZETA   bio '))).toEqual(['alpha']);
    expect(filterRows(rows, 'test park')).toHaveLength(5);
    expect(filterRows(rows, undefined)).toBe(rows);
  });
  it('puts the largest tracked investment of the real catalog first', () => {
    const files = readCatalogFiles('data');
    const v = validateCatalog(files.sources, files.parks);
    const real = buildCatalog(v.parks, v.sources, v.problems);
    const rows = sortRows(buildRows(real, {}), { column: 'investment', descending: true }).filter((r) => r.project);
    const max = Math.max(...rows.map((r) => r.investmentKey));
    expect(rows[0]!.investmentKey).toBe(max);
    // The Northeast Asia International Medicine Port (26 bn yuan), ahead of the valley's fine chemicals park (19.6 bn).
    expect(rows[0]!.id).toBe('northeast-asia-international-medicine-port');
    expect(rows.findIndex((r) => r.id === 'fine-chemicals-park')).toBeGreaterThan(0);
  });
});
