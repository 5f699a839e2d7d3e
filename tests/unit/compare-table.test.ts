import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { derivedAmount } from '../../src/catalog/compare-format';
import { cellSources, compareModel, sharedIndustries, type CompareCell, type RowId } from '../../src/catalog/compare-table';
import { validateCatalog } from '../../src/catalog/validate';
import { readCatalogFiles } from '../../scripts/catalog-files';
import { park } from '../fixtures/mini-catalog';
import { fixtureParks, fixtureSources } from '../ui/fixture-catalog';

const bare = park('bare-park', {
  name: { en: 'Bare Park', zh: '空园' },
  area: undefined,
  zones: [],
  projects: [],
  institutions: [],
  focusIndustries: [],
});
const catalog = buildCatalog([...fixtureParks, bare], fixtureSources);
const cell = (model: ReturnType<typeof compareModel>, row: RowId, i: number): CompareCell =>
  model.rows.find((r) => r.id === row)!.cells[i]!;

describe('compare row model', () => {
  it('keeps link order, names unknown ids instead of dropping them silently', () => {
    const model = compareModel(catalog, ['hangzhou-biopharma-town', 'nowhere-park', 'changchun-pharma-valley']);
    expect(model.parks.map((p) => p.id)).toEqual(['hangzhou-biopharma-town', 'changchun-pharma-valley']);
    expect(model.unknown).toEqual(['nowhere-park']);
    expect(model.rows.map((r) => r.id)).toEqual([
      'area',
      'output',
      'output-per-km2',
      'companies',
      'targets',
      'zones',
      'projects',
      'investment-per-km2',
      'status',
      'industries',
      'names',
    ]);
    expect(model.rows.every((r) => r.cells.length === 2)).toBe(true);
  });

  it('tells "not reported" (no figure) apart from a figure, and never invents a zero', () => {
    const model = compareModel(catalog, ['changchun-pharma-valley', 'bare-park']);
    expect(cell(model, 'area', 0)).toMatchObject({ kind: 'figures', figures: [{ figure: { values: [{ value: 18.4, unit: 'km2' }] } }] });
    expect(cell(model, 'area', 1)).toEqual({ kind: 'figures', figures: [] });
    expect(cell(model, 'zones', 1)).toMatchObject({ kind: 'zones', zones: [] });
    // No tracked projects is a count of none, with no money total at all (not ¥0).
    expect(cell(model, 'projects', 1)).toMatchObject({ kind: 'projects', totals: { count: 0, money: [] } });
    expect(cell(model, 'status', 1)).toMatchObject({ kind: 'status', counts: [] });
    expect(cell(model, 'investment-per-km2', 1)).toMatchObject({
      kind: 'derived',
      derived: { shown: false, reason: 'no-amount' },
    });
  });

  it('totals tracked projects as ranges per currency and counts those without an amount', () => {
    const model = compareModel(catalog, ['changchun-pharma-valley', 'hangzhou-biopharma-town']);
    expect(cell(model, 'projects', 0)).toMatchObject({
      kind: 'projects',
      totals: {
        count: 4,
        withAmount: 3,
        withoutAmount: 1,
        money: [
          { currency: 'CNY', low: 2.86e9, high: 3.56e9 },
          { currency: 'USD', low: 2e8, high: 2e8 },
        ],
      },
      span: { from: '2018', to: '2024', inferred: false },
      aggregates: 1,
    });
    expect(cell(model, 'status', 0)).toMatchObject({
      counts: [
        { status: 'signed', count: 2 },
        { status: 'construction-started', count: 1 },
        { status: 'operating', count: 1 },
      ],
    });
  });

  it('marks the industries every compared park lists as shared, and lists them first', () => {
    const valley = catalog.parkById.get('changchun-pharma-valley')!;
    const town = catalog.parkById.get('hangzhou-biopharma-town')!;
    expect(sharedIndustries([valley, town])).toEqual(['biopharma']);
    expect(sharedIndustries([valley])).toEqual([]);
    const model = compareModel(catalog, ['changchun-pharma-valley', 'hangzhou-biopharma-town']);
    const industries = cell(model, 'industries', 0);
    expect(industries.kind === 'industries' && industries.items.map((i) => `${i.industry}${i.shared ? '*' : ''}`)).toEqual([
      'biopharma*',
      'vaccines',
      'specialty-chemicals',
      'new-drug-development',
    ]);
  });

  it('lists institutions and project companies once each, with their sources', () => {
    const model = compareModel(catalog, ['changchun-pharma-valley', 'bare-park']);
    const names = cell(model, 'names', 0);
    expect(names.kind === 'names' && names.items.map((i) => [i.name.en, i.kind])).toEqual([
      ['Institute of Applied Chemistry', 'institute'],
      ['GeneScience Pharmaceuticals', 'project-company'],
      ['Alvotech', 'project-company'],
      ['CCHN', 'project-company'],
    ]);
    expect(cellSources(names)).toEqual(['src-plan']);
    expect(cell(model, 'names', 1)).toMatchObject({ items: [] });
  });

  it('carries derived measures from derived.ts, reasons included, and rounds them for reading', () => {
    const model = compareModel(catalog, ['changchun-pharma-valley', 'hangzhou-biopharma-town']);
    expect(cell(model, 'output-per-km2', 0)).toMatchObject({ derived: { shown: false, reason: 'none-reported', numerator: 'output' } });
    const town = cell(model, 'output-per-km2', 1);
    expect(town.kind === 'derived' && town.derived.shown && town.derived.values.map((v) => derivedAmount(v, 'en'))).toEqual([
      '¥50 bn per km²',
      '¥30 bn per km²',
    ]);
    const input = { value: 1, unit: 'CNY' as const, asOf: '2020', scope: 'x', sources: ['src-a'] };
    expect(derivedAmount({ value: 50e9 / 3.4, qualifier: 'more-than', numerator: input, denominator: input }, 'en')).toBe(
      'more than ¥14.7 bn per km²',
    );
    expect(derivedAmount({ value: 50e9 / 3.4, numerator: input, denominator: input }, 'zh')).toBe('¥147亿/平方公里');
  });
});

describe('compare row model on the curated catalog', () => {
  const files = readCatalogFiles(resolve('data'));
  const { parks, sources } = validateCatalog(files.sources, files.parks);
  const real = buildCatalog(parks, sources);

  it('answers "is Qiantang\'s biomedicine as big as Suzhou\'s?" with both figures, not a verdict', () => {
    const model = compareModel(real, ['qiantang-new-area', 'suzhou-industrial-park']);
    const [qiantang, suzhou] = model.rows.find((r) => r.id === 'output')!.cells;
    // Source 003's revenue (with its own dollar conversion) and a local page's output are two measures, two figures.
    expect(qiantang).toMatchObject({
      figures: [
        {
          figure: {
            values: [
              { value: 40e9, unit: 'CNY' },
              { value: 6.21e9, unit: 'USD' },
            ],
          },
        },
        { label: { en: 'Biopharma output (local page)' }, figure: { values: [{ value: 40e9, unit: 'CNY' }] } },
      ],
    });
    // Source 003's benchmark comes first, carried with its doubt (no SIP page prints it), then SIP's own output and the city's.
    const figures = suzhou?.kind === 'figures' ? suzhou.figures : [];
    expect(figures[0]).toMatchObject({
      figure: { values: [{ value: 100e9, asOfInferred: true, coverage: 'uncertain', printed: [{ as: '100 billion yuan' }] }] },
    });
    expect(figures[1]!.figure.values[0]).toMatchObject({ value: 90e9, asOf: '2019', printed: [{ as: 'RMB 90 billion' }] });
    expect(figures.filter((f) => f.figure.values.every((v) => v.coverage === 'wider-area'))).toHaveLength(2);
    expect(model.rows.find((r) => r.id === 'area')!.cells[1]).toMatchObject({
      kind: 'figures',
      figures: [{ figure: { values: [{ value: 278, unit: 'km2' }] } }],
    });
  });

  it('withholds output per km² for the valley: its output figure covers the whole New Area', () => {
    const model = compareModel(real, ['changchun-pharma-valley', 'hangzhou-biopharma-town']);
    expect(model.rows.find((r) => r.id === 'output-per-km2')!.cells[0]).toMatchObject({
      derived: { shown: false, reason: 'different-area' },
    });
    expect(model.shared).toEqual(['biopharma', 'new-drug-development', 'medical-devices']);
    // The town's 30 bn output may be the whole development zone's (coverage uncertain), so only the 50 bn is divided by 3.4 km².
    expect(model.rows.find((r) => r.id === 'output-per-km2')!.cells[1]).toMatchObject({
      derived: { shown: true, values: [{ numerator: { value: 50e9 }, denominator: { value: 3.4 } }] },
      conflict: false,
    });
  });

  it('...while two measures of one area (planned and administered) give two values without a conflict', () => {
    const model = compareModel(real, ['changchun-new-area', 'suzhou-industrial-park']);
    const cell = model.rows.find((r) => r.id === 'output-per-km2')!.cells[0]!;
    expect(cell).toMatchObject({
      conflict: false,
      derived: { shown: true, values: [{ denominator: { value: 499 } }, { denominator: { value: 710 } }] },
    });
  });
});
