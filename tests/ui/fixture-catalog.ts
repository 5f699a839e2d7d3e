import { buildCatalog, type Catalog } from '../../src/catalog/catalog';
import type { FigureValue, Park, Project, Source } from '../../src/catalog/schema';
import { park, square } from '../fixtures/mini-catalog';

/**
 * A small catalog shaped like the real one (nested parks, disagreeing figures, undated sources,
 * projects with and without amounts), so panel tests do not depend on data still being curated.
 */
export const fixtureSources: Source[] = [
  {
    id: 'src-plan',
    title: 'Changchun Pharmaceutical Valley plan',
    publisher: 'Changchun New Area',
    date: '2022-07-14',
    url: 'https://example.org/plan',
    kind: 'located-fact',
  },
  {
    id: 'src-undated',
    title: 'Park brochure',
    publisher: 'Park committee',
    kind: 'commissioning-document',
    dateInferred: { date: '2022', reason: 'mentions 2021 output' },
    file: '000_6b903cc56d105f8f.txt',
  },
  {
    id: 'src-news',
    title: 'Output report',
    publisher: 'Daily News',
    date: '2021-10',
    url: 'https://example.org/news',
    kind: 'located-fact',
  },
  // Never valid data (the schema forbids it), here to prove the panel refuses to link it.
  { id: 'src-bad', title: 'Bad link', publisher: 'Nobody', date: '2020', url: 'javascript:alert(1)', kind: 'located-fact' },
];

const v = (value: number, unit: FigureValue['unit'], asOf: string, sources: string[], over: Partial<FigureValue> = {}): FigureValue => ({
  value,
  unit,
  asOf,
  scope: 'stated area',
  sources,
  ...over,
});

const box = (lon: number, lat: number, km2: number) => square(lon, lat, 0.0125 * Math.sqrt(km2), 0.009 * Math.sqrt(km2));

function project(id: string, over: Partial<Project>): Project {
  return {
    id,
    name: { en: id },
    companies: [],
    kind: 'drug-plant',
    summary: `Summary of ${id}.`,
    statusHistory: [{ status: 'signed', date: '2021', sources: ['src-plan'] }],
    location: {
      point: { type: 'Point', coordinates: [125.41, 44.0] },
      confidence: 'approximate',
      method: 'placed in its zone',
      sources: ['src-plan'],
    },
    sources: ['src-plan'],
    ...over,
  };
}

const valley = park('changchun-pharma-valley', {
  name: { en: 'Changchun Pharmaceutical Valley', zh: '长春药谷' },
  parentId: 'changchun-new-area',
  area: {
    values: [
      v(18.4, 'km2', '2022', ['src-plan'], {
        printed: [{ source: 'src-plan', as: '规划面积18.4平方公里', at: 'sub-headline', lang: 'zh-Hans' }],
      }),
    ],
  },
  focusIndustries: ['biopharma', 'vaccines', 'specialty-chemicals'],
  keyFigures: [
    {
      kind: 'companies',
      label: { en: 'Companies' },
      figure: {
        values: [
          v(1500, 'companies', '2020', ['src-news'], {
            qualifier: 'more-than',
            scope: 'biopharma firms',
            printed: [{ source: 'src-news', as: '超过1500家', at: 'paragraph 4', lang: 'zh-Hans' }],
          }),
        ],
      },
    },
  ],
  landmarks: [
    {
      text: 'Distance to Longjia International Airport',
      distance: { values: [v(20, 'km', '2022', ['src-plan'], { scope: 'by road' })] },
      sources: ['src-plan'],
    },
  ],
  institutions: [{ name: { en: 'Institute of Applied Chemistry' }, kind: 'institute', sources: ['src-plan'] }],
  zones: [
    {
      id: 'future-medical-port',
      name: { en: 'Future Medical Port' },
      role: 'One Port',
      area: { values: [v(5.4, 'km2', '2022', ['src-undated'], { asOfInferred: true })] },
      focusIndustries: ['vaccines', 'biopharma'],
      facilities: ['Incubator'],
      summary: 'South-west.',
      boundary: {
        geometry: box(125.4, 44.0, 5.4),
        confidence: 'approximate',
        method: "drawn by us from the source's description (south-west part of the valley), sized to the stated area",
        sources: ['src-undated'],
      },
      sources: ['src-undated'],
    },
    {
      id: 'entrepreneurship-innovation-town',
      name: { en: 'Entrepreneurship and Innovation Town' },
      area: { values: [v(5, 'km2', '2022', ['src-undated'])] },
      focusIndustries: ['new-drug-development'],
      summary: 'North-west.',
      boundary: {
        geometry: box(125.4, 44.03, 5),
        confidence: 'approximate',
        method: 'drawn from the description',
        sources: ['src-undated'],
      },
      sources: ['src-undated'],
    },
    {
      id: 'green-smart-chemical-park',
      name: { en: 'Green and Smart Chemical Park' },
      area: { values: [v(8, 'km2', '2022', ['src-undated']), v(9, 'km2', '2023', ['src-news'])] },
      focusIndustries: ['specialty-chemicals'],
      summary: 'East.',
      boundary: { geometry: box(125.46, 44.01, 8.5), confidence: 'digitised', method: 'traced from a plan', sources: ['src-undated'] },
      sources: ['src-undated'],
    },
  ],
  projects: [
    project('genescience-park', {
      name: { en: 'GeneScience international pharma park', zh: '金赛药业国际医药产业园' },
      zoneId: 'future-medical-port',
      companies: [{ name: { en: 'GeneScience Pharmaceuticals', zh: '长春金赛药业有限责任公司' } }],
      investment: {
        values: [
          v(2.3e9, 'CNY', '2024', ['src-plan'], { magnitude: 'billion', scope: 'total investment' }),
          v(3e9, 'CNY', '2021', ['src-news'], { magnitude: 'billion', scope: 'total investment' }),
        ],
      },
      statusHistory: [
        {
          status: 'construction-started',
          date: '2021-03-25',
          sources: ['src-news'],
          printed: [{ source: 'src-news', as: '2021年3月25日', at: 'paragraph 2', lang: 'zh-Hans' }],
        },
        {
          status: 'signed',
          date: '2020',
          dateInferred: true,
          inferredBecause: 'year of the events reported',
          sources: ['src-undated'],
          unverified: { reason: 'the brochure gives no date' },
        },
      ],
    }),
    project('alvotech-jv', {
      name: { en: 'Alvotech-CCHN joint venture plant' },
      zoneId: 'future-medical-port',
      kind: 'antibody-plant',
      companies: [{ name: { en: 'Alvotech' } }, { name: { en: 'CCHN' } }],
      investment: {
        values: [
          v(2e8, 'USD', '2018', ['src-news'], {
            magnitude: 'million',
            scope: 'joint venture capital',
            computed: { formula: "sum of the partners' contributions", inputs: ['US$100 M (Alvotech)', 'US$100 M (CCHN)'] },
          }),
        ],
      },
      statusHistory: [{ status: 'operating', date: '2023', sources: ['src-news'] }],
    }),
    project('chem-plant', {
      name: { en: 'Fine chemicals plant' },
      zoneId: 'green-smart-chemical-park',
      kind: 'materials-plant',
      investment: {
        values: [
          v(5.6e8, 'CNY', '2022', ['src-undated'], {
            magnitude: 'million',
            scope: 'investment',
            unverified: { reason: 'the page could not be found again' },
          }),
        ],
      },
    }),
    project('no-amount', {
      name: { en: 'Incubator building' },
      kind: 'infrastructure',
      location: {
        point: { type: 'Point', coordinates: [125.41, 44.0] },
        confidence: 'site-unknown',
        method: 'shown in the park',
        sources: ['src-plan'],
      },
    }),
  ],
  aggregates: [
    {
      id: 'restarted',
      label: { en: 'Projects restarted' },
      count: { values: [v(18, 'count', '2022', ['src-undated'], { scope: 'projects' })] },
      status: 'construction-restarted',
      summary: '18 projects restarted, reported only in total.',
      sources: ['src-undated'],
    },
  ],
  sources: ['src-plan', 'src-undated'],
});

const newArea = park('changchun-new-area', {
  name: { en: 'Changchun New Area', zh: '长春新区' },
  kind: 'new-area',
  zones: [],
  projects: [],
  boundary: undefined,
});

const town = park('hangzhou-biopharma-town', {
  name: { en: 'Hangzhou Biopharma Town', zh: '杭州医药港小镇', aka: ['Hangzhou Medical Port'] },
  zones: [],
  projects: [],
  boundary: undefined,
  keyFigures: [
    {
      kind: 'output',
      label: { en: 'Output' },
      figure: {
        values: [
          v(5e10, 'CNY', '2020', ['src-news'], { magnitude: 'billion', scope: 'biopharma output' }),
          v(3e10, 'CNY', '2019', ['src-bad'], { magnitude: 'billion', scope: 'biopharma output' }),
        ],
      },
    },
  ],
});

export const fixtureParks: Park[] = [newArea, valley, town];

export const fixtureCatalog = (): Catalog => buildCatalog(fixtureParks, fixtureSources);
