import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressDates, checkEvidence, evidenceLine } from '../../src/catalog/evidence-check';
import type { Park, SourcesFile } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate';
import { park, raw } from '../fixtures/mini-catalog';

const FILE = 'data/parks/test-park.json';
const sourcesFile: SourcesFile = {
  sources: [
    { id: 'src-a', title: 'A test source', publisher: 'Test', date: '2022-01-01', kind: 'commissioning-document' },
    {
      id: 'src-b',
      title: 'A page',
      publisher: 'Test',
      date: '2019-07-10',
      datePrinted: { as: '時間: 2019-07-10 09:43', at: 'header' },
      url: 'http://example.org/201907/t20190716_1.html',
      kind: 'located-fact',
    },
  ],
};

/** The fixture park with a printed form on every cited value, so each test breaks exactly one. */
function evidenced(): Park {
  const json = park();
  json.area!.values[0]!.printed = [{ source: 'src-a', as: '1 sq. km', at: 'paragraph 2' }];
  json.zones[0]!.area!.values[0]!.printed = [{ source: 'src-a', as: '1平方公里', at: 'paragraph 3', lang: 'zh-Hans' }];
  json.projects[0]!.investment!.values[0]!.printed = [{ source: 'src-a', as: '23亿元', at: 'paragraph 4', lang: 'zh-Hans' }];
  json.projects[0]!.statusHistory[0]!.printed = [{ source: 'src-a', as: '2022年', at: 'paragraph 4' }];
  return json;
}

function check(json: Park, sources: SourcesFile = sourcesFile) {
  const result = validateCatalog(raw('data/sources.json', sources), [raw(FILE, json)]);
  expect(result.problems).toEqual([]);
  return checkEvidence(
    result.parks.map((p) => ({ park: p, file: FILE })),
    result.sources,
    'data/sources.json',
  );
}

describe('checkEvidence', () => {
  it('passes a park whose every cited value has an agreeing printed form, and counts them', () => {
    const { problems, count } = check(evidenced());
    expect(problems).toEqual([]);
    expect(evidenceLine(count)).toBe('evidence: 4/4 cited values with printed forms (0 unverified, 0 computed)');
  });

  const investment = '$.projects[0].investment.values[0]';
  it.each([
    [
      'number',
      '24亿元',
      /number disagrees: printed "24亿元" \(src-a, paragraph 4\) vs stored "¥2\.3 bn" \(2300000000 CNY, magnitude billion\)/,
    ],
    ['magnitude', '23万元', /magnitude disagrees: printed "23万元" .* vs stored "¥2\.3 bn" \(2300000000 CNY/],
    [
      'magnitude word',
      '2,300 million yuan',
      /magnitude disagrees: printed "2,300 million yuan" .*printed in millions, stored with magnitude billion/,
    ],
    ['unit', 'US$2.3 billion', /unit disagrees: printed "US\$2\.3 billion" .* vs stored "¥2\.3 bn".*printed in USD, stored in CNY/],
    [
      'qualifier added',
      '约23亿元',
      /qualifier disagrees: printed "约23亿元" .* vs stored "¥2\.3 bn".*printed qualifier "约" is not stored/,
    ],
  ])('reports a printed form whose %s disagrees, with file, path, printed form and stored value', (_kind, as, message) => {
    const json = evidenced();
    json.projects[0]!.investment!.values[0]!.printed![0]!.as = as;
    const { problems } = check(json);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, path: `${investment}.printed[0]` });
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports a qualifier stored but not printed', () => {
    const json = evidenced();
    json.projects[0]!.investment!.values[0]!.qualifier = 'about';
    const { problems } = check(json);
    expect(problems.map((p) => [p.file, p.path])).toEqual([[FILE, `${investment}.printed[0]`]]);
    expect(problems[0]!.message).toMatch(/printed "23亿元" .* vs stored "about ¥2\.3 bn" .*the stored qualifier "about" is not printed/);
  });

  it('reports a value with no printed form for one of its sources, and counts it out', () => {
    const json = evidenced();
    json.zones[0]!.area!.values[0]!.sources = ['src-a', 'src-b'];
    const { problems, count } = check(json);
    expect(problems).toEqual([
      {
        file: FILE,
        path: '$.zones[0].area.values[0].printed',
        message: expect.stringMatching(/no printed form for source "src-b" \(stored "1 km²" \(1 km2\)\)/),
      },
    ]);
    expect(count).toEqual({ cited: 4, printed: 3, unverified: 0, computed: 0 });
  });

  it('counts computed and unverified values apart, and still checks a printed form they carry', () => {
    const json = evidenced();
    delete json.area!.values[0]!.printed;
    json.area!.values[0]!.computed = { formula: 'sum of zone areas', inputs: ['zone A 1 km²'] };
    delete json.zones[0]!.area!.values[0]!.printed;
    json.zones[0]!.area!.values[0]!.unverified = { reason: 'page not found' };
    const { problems, count } = check(json);
    expect(problems).toEqual([]);
    expect(evidenceLine(count)).toBe('evidence: 2/4 cited values with printed forms (1 unverified, 1 computed)');
  });

  it('reports a printed form of a source the value does not cite', () => {
    const json = evidenced();
    json.area!.values[0]!.printed!.push({ source: 'src-b', as: '1 km²', at: 'paragraph 1' });
    expect(check(json).problems.map((p) => p.path)).toEqual(['$.area.values[0].printed[1].source']);
  });

  it('reports a status step dated to a day its printed form does not give, unless the date is inferred', () => {
    const json = evidenced();
    json.projects[0]!.statusHistory[0]!.date = '2022-03-25';
    json.projects[0]!.statusHistory[0]!.printed = [{ source: 'src-a', as: '2022年3月', at: 'paragraph 1' }];
    const { problems } = check(json);
    expect(problems).toEqual([
      {
        file: FILE,
        path: '$.projects[0].statusHistory[0].printed',
        message: expect.stringMatching(/stored 2022-03-25 gives the day, which no printed form gives \("2022年3月"\)/),
      },
    ]);
    json.projects[0]!.statusHistory[0]!.dateInferred = true;
    expect(check(json).problems).toEqual([]);
  });

  it('checks milestones like status steps', () => {
    const json = evidenced();
    json.milestones = [
      {
        date: '2018-09',
        label: { en: 'Title awarded' },
        sources: ['src-a'],
        printed: [{ source: 'src-a', as: 'In 2018', at: 'paragraph 5' }],
      },
    ];
    expect(check(json).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(/^\$\.milestones\[0\]\.printed: .*stored 2018-09 gives the month/),
    ]);
  });

  it('reports a source dated from its address (an inferred date recorded as printed)', () => {
    const sources = structuredClone(sourcesFile);
    const page = sources.sources[1]!;
    delete page.datePrinted;
    page.date = '2019-07-16';
    const { problems } = check(evidenced(), sources);
    expect(problems).toEqual([
      {
        file: 'data/sources.json',
        path: '$.sources[1].date',
        message:
          'date 2019-07-16 is the date in the address (http://example.org/201907/t20190716_1.html): taken from the address? record datePrinted or move it to dateInferred',
      },
    ]);
    page.datePrinted = { as: '時間: 2019-07-10 09:43', at: 'header' };
    expect(check(evidenced(), sources).problems[0]).toMatchObject({
      path: '$.sources[1].datePrinted',
      message: expect.stringMatching(/gives day 10, stored 2019-07-16/),
    });
  });

  it('reads dates from addresses', () => {
    expect(addressDates('http://m.yinshua.gtxh.com/business/2023/0508/3264.html')).toEqual(['2023-05-08']);
    expect(addressDates('http://jilin.chinadaily.com.cn/2020-06/24/content_37537352.htm')).toEqual(['2020-06-24']);
    expect(addressDates('http://cc.cnjiwang.com/qymk/ccxqqy/202210/3640399.html')).toEqual(['2022-10']);
    expect(addressDates('https://www.qiantang.gov.cn/art/2023/10/11/art_1229632280_58939644.html')).toEqual(['2023-10-11']);
    expect(addressDates('https://feifanbio.com/en/newsroom.html?id=1')).toEqual([]);
  });
});

describe('npm run validate on a catalog with an evidence defect', () => {
  it('fails, naming file, path, stored value and printed form, and prints the count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
    mkdirSync(join(dir, 'parks'));
    const json = evidenced();
    json.projects[0]!.investment!.values[0]!.printed![0]!.as = '2.3亿元';
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(sourcesFile));
    writeFileSync(join(dir, 'parks', 'test-park.json'), JSON.stringify(json));
    let out = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/validate-data.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      expect(e.status).toBe(1);
      out = e.stdout + e.stderr;
    }
    expect(out).toMatch(
      /parks\/test-park\.json \$\.projects\[0\]\.investment\.values\[0\]\.printed\[0\]: magnitude disagrees: printed "2\.3亿元" \(src-a, paragraph 4\) vs stored "¥2\.3 bn" \(2300000000 CNY, magnitude billion\)/,
    );
    expect(out).toMatch(/evidence: 4\/4 cited values with printed forms \(0 unverified, 0 computed\)/);
  }, 30_000);
});
