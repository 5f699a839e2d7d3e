// @vitest-environment jsdom
// The interface words (i18n/strings) read the language from the URL store, which needs a window.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/features/print/profile-model';
import { fixtureCatalog } from '../ui/fixture-catalog';

const catalog = fixtureCatalog();
const valley = catalog.parkById.get('changchun-pharma-valley')!;
const town = catalog.parkById.get('hangzhou-biopharma-town')!;
const options = { lang: 'en' as const, link: 'https://atlas.example/?park=changchun-pharma-valley', today: '2026-11-30' };

describe('printed park profile (issue 16)', () => {
  const doc = buildProfile([valley], catalog.sources, options);
  const [park] = doc.parks;

  it('numbers each source once, in the order the profile first cites it, and lists its address', () => {
    expect(doc.sources.map((s) => s.n)).toEqual(doc.sources.map((_, i) => i + 1));
    expect(doc.sources[0]).toMatchObject({
      n: 1,
      title: 'Changchun Pharmaceutical Valley plan',
      publisher: 'Changchun New Area',
      date: '14 Jul 2022',
      url: 'https://example.org/plan',
    });
    const undated = doc.sources.find((s) => s.title === 'Park brochure')!;
    expect(undated.date).toBe('undated (inferred 2022: mentions 2021 output)');
    expect(undated.url).toBeUndefined();
  });

  it('gives each key figure its amount, date, scope, printed form and source number', () => {
    expect(park!.figures[0]).toEqual({
      label: 'Stated area',
      values: [
        {
          amount: '18.4 km²',
          date: '2022',
          scope: 'stated area',
          notes: [],
          refs: [1],
          printed: ['printed as “规划面积18.4平方公里”, sub-headline [1]'],
        },
      ],
    });
    const companies = park!.figures.find((f) => f.label === 'Companies')!;
    const news = doc.sources.find((s) => s.title === 'Output report')!.n;
    expect(companies.values[0]).toMatchObject({
      amount: 'more than 1,500 companies',
      date: '2020',
      refs: [news],
      printed: [`printed as “超过1500家”, paragraph 4 [${news}]`],
    });
  });

  it('keeps disagreeing values side by side, marks inferred dates and what is computed or unverified', () => {
    const port = park!.zones.find((z) => z.name === 'Future Medical Port')!;
    expect(port.area!.values[0]!.date).toBe('2022, inferred');
    const chem = park!.zones.find((z) => z.name === 'Green and Smart Chemical Park')!;
    expect(chem.area!.relation).toBe('Sources disagree');
    expect(chem.area!.values.map((v) => v.amount)).toEqual(['8 km²', '9 km²']);
    const jv = park!.projects.find((p) => p.name === 'Alvotech-CCHN joint venture plant')!;
    expect(jv.investment!.values[0]!.notes).toEqual(["Computed by us: sum of the partners' contributions"]);
    const plant = park!.projects.find((p) => p.name === 'Fine chemicals plant')!;
    expect(plant.investment!.values[0]!.notes).toEqual(['printed form not verified: the page could not be found again']);
  });

  it('lists every tracked project with its latest status, zone and an absent amount left absent', () => {
    expect(park!.projects.map((p) => p.name)).toEqual(valley.projects.map((p) => p.name.en));
    const gene = park!.projects[0]!;
    expect(gene).toMatchObject({
      other: '金赛药业国际医药产业园',
      status: 'Construction started (25 Mar 2021)',
      zone: 'Future Medical Port',
    });
    expect(park!.projects.find((p) => p.name === 'Incubator building')!.investment).toBeUndefined();
  });

  it('reads as of the link’s date: later values and projects not yet on record drop out', () => {
    const then = buildProfile([valley], catalog.sources, { ...options, asOf: '2019' });
    expect(then.asOf).toBe('2019');
    expect(then.parks[0]!.figures[0]!.values).toEqual([]);
    expect(then.parks[0]!.projects).toEqual([]);
  });

  it('prints several parks with one list of sources, in Chinese when asked, and names a source missing from the catalog', () => {
    const zh = buildProfile([valley, town], new Map([...catalog.sources].filter(([id]) => id !== 'src-bad')), { ...options, lang: 'zh' });
    expect(zh.parks.map((p) => p.name)).toEqual(['长春药谷', '杭州医药港小镇']);
    expect(zh.parks[0]!.figures[0]!.label).toBe('公布面积');
    expect(zh.printedOn).toBe('2026年11月30日');
    expect(zh.sources.at(-1)!.missing).toBe('目录中缺少来源“src-bad”');
    expect(new Set(zh.sources.map((s) => s.n)).size).toBe(zh.sources.length);
  });
});
