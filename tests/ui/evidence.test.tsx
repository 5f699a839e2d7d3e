import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/catalog/schema';
import { FigureView } from '../../src/ui/figure-view';
import { fixtureSources } from './fixture-catalog';
import { renderAt, text } from './render';

const sources = new Map(fixtureSources.map((s) => [s.id, s]));

describe('evidence in the Source popover', () => {
  it('shows how the document prints the figure and where, with its language', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley');
    await user.click(screen.getByRole('button', { name: 'Source for Companies: more than 1,500 companies (2020)' }));
    const pop = screen.getByRole('group', { name: 'Source for Companies: more than 1,500 companies (2020)' });
    // Under the document's title, publisher and date.
    expect(text(pop)).toMatch(/Output report.*Daily News · Oct 2021.*printed as 超过1500家, paragraph 4/);
    const printed = within(pop).getByText('超过1500家');
    expect(printed.getAttribute('lang')).toBe('zh-Hans');
  });

  it('says a computed value is computed, with formula and inputs, and an unverified one is not verified', async () => {
    const { user } = renderAt('?project=alvotech-jv');
    await user.click(screen.getByRole('button', { name: /^(Source|\d+ sources) for Investment/ }));
    expect(text(screen.getByRole('group', { name: /^(Source|\d+ sources) for Investment/ }))).toContain(
      "Computed by us: sum of the partners' contributions (from: US$100 M (Alvotech); US$100 M (CCHN))",
    );

    await user.click(screen.getByRole('button', { name: 'Close' }));
    renderAt('?project=chem-plant');
    await user.click(screen.getAllByRole('button', { name: /^(Source|\d+ sources) for Investment/ }).at(-1)!);
    expect(text(screen.getByRole('group', { name: /^(Source|\d+ sources) for Investment/ }))).toContain(
      'printed form not verified: the page could not be found again',
    );
  });

  it("shows a status step's printed date in its sources, and why an inferred date is inferred", async () => {
    const { user } = renderAt('?project=genescience-park');
    const timeline = screen.getByRole('region', { name: 'Status over time' });
    expect(text(timeline)).toContain('(inferred: year of the events reported)');
    await user.click(within(timeline).getByRole('button', { name: /^(Source|\d+ sources) for Construction started/ }));
    const pop = screen.getByRole('group', { name: /^(Source|\d+ sources) for Construction started/ });
    expect(text(pop)).toContain('printed as 2021年3月25日, paragraph 2');
  });

  it('puts the printed form in the figure\'s "Cite" text', async () => {
    const { user } = renderAt('?park=changchun-pharma-valley');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Source for Stated area: 18.4 km² (2022)' }));
    await user.click(screen.getByRole('button', { name: /^Cite Stated area/ }));
    const field = screen.getByRole('textbox', { name: 'Citation (plain text)' }) as HTMLTextAreaElement;
    expect(field.value).toContain(
      'Changchun Pharmaceutical Valley plan, Changchun New Area, 14 Jul 2022, https://example.org/plan; printed as “规划面积18.4平方公里”, sub-headline.',
    );
  });
});

describe('values of different scopes', () => {
  const km2 = (value: number, coverage?: 'part') => ({
    value,
    unit: 'km2' as const,
    asOf: '2021',
    scope: coverage ? 'expansion design' : 'planned area',
    sources: ['src-news'],
    ...(coverage && { coverage }),
  });

  it('reads "Different scopes", not "Sources disagree", and shows both values', () => {
    const figure: Figure = { values: [km2(3.4), km2(3.8, 'part')] };
    renderAt('', () => <FigureView figure={figure} sources={sources} label="Stated area" />);
    expect(screen.queryByText('Sources disagree')).toBeNull();
    expect(screen.getByText('Different scopes')).toBeTruthy();
    expect(screen.getByText('3.4 km²')).toBeTruthy();
    expect(screen.getByText('3.8 km²')).toBeTruthy();
  });

  it('still says "Sources disagree" where two values of one scope differ', () => {
    renderAt('', () => <FigureView figure={{ values: [km2(3.4), km2(3.5), km2(3.8, 'part')] }} sources={sources} label="Stated area" />);
    expect(screen.getByText('Sources disagree')).toBeTruthy();
  });
});

describe('"Cite this" on a project', () => {
  it('gives each investment value with how its source prints it, and says what is computed', async () => {
    const { citeText } = await import('../../src/features/project-panel/cite-text');
    const { fixtureCatalog } = await import('./fixture-catalog');
    const catalog = fixtureCatalog();
    const project = structuredClone(catalog.projectById.get('genescience-park')!.project);
    project.investment!.values[0]!.printed = [{ source: 'src-plan', as: '总投资23亿元', at: 'paragraph 3', lang: 'zh-Hans' }];
    const cite = citeText(project, catalog.sources, 'https://atlas.example/?project=genescience-park', 'en');
    expect(cite).toContain(
      'Investment: ¥2.3 bn (2024; Changchun Pharmaceutical Valley plan, printed as “总投资23亿元”, paragraph 3); ¥3 bn (2021; Output report) — Sources disagree.',
    );
    const jv = citeText(catalog.projectById.get('alvotech-jv')!.project, catalog.sources, 'x', 'en');
    expect(jv).toContain("Computed by us: sum of the partners' contributions (from: US$100 M (Alvotech); US$100 M (CCHN)).");
  });
});

describe('milestones', () => {
  it("lists a project's milestones apart from its status, with the printed date in their sources", async () => {
    const { fixtureCatalog } = await import('./fixture-catalog');
    const { buildCatalog } = await import('../../src/catalog/catalog');
    const base = fixtureCatalog();
    const parks = base.parks.map((p) =>
      p.id !== 'changchun-pharma-valley'
        ? p
        : {
            ...p,
            projects: p.projects.map((x) =>
              x.id !== 'no-amount'
                ? x
                : {
                    ...x,
                    milestones: [
                      {
                        date: '2023-01-12',
                        dateInferred: true,
                        inferredBecause: 'year from the page date',
                        label: { en: 'Listed in the New Area programme' },
                        sources: ['src-news'],
                        printed: [{ source: 'src-news', as: 'January 12', at: 'paragraph 1', lang: 'en' }],
                      },
                    ],
                  },
            ),
          },
    );
    const { user } = renderAt('?project=no-amount', undefined, buildCatalog(parks, fixtureSources));
    const region = screen.getByRole('region', { name: 'Milestones' });
    expect(text(region)).toContain('12 Jan 2023 (inferred: year from the page date) Listed in the New Area programme');
    expect(text(screen.getByRole('region', { name: 'Status over time' }))).not.toContain('Listed');
    await user.click(within(region).getByRole('button', { name: /^(Source|\d+ sources) for Listed/ }));
    expect(text(screen.getByRole('group', { name: /^(Source|\d+ sources) for Listed/ }))).toContain('printed as January 12, paragraph 1');
  });
});
