import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndustrySchema, StatusSchema } from '../../src/catalog/schema';
import { formatUrl, parseUrl } from '../../src/url/codec';
import { PARAM_NAMES, type UrlState } from '../../src/url/registry';
import { TABLE_COLUMNS } from '../../src/catalog/table-columns';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const sortedSubset = <T extends string>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 }).map((v) => [...v].sort());
const coord = (min: number, max: number, digits: number) =>
  fc.integer({ min: min * 10 ** digits, max: max * 10 ** digits }).map((n) => n / 10 ** digits);

const state: fc.Arbitrary<UrlState> = fc
  .record(
    {
      park: id,
      zone: id,
      project: id,
      compare: fc.uniqueArray(id, { minLength: 2, maxLength: 4 }),
      industry: sortedSubset(IndustrySchema.options),
      status: sortedSubset(StatusSchema.options),
      lang: fc.constant('zh' as const),
      map: fc.record({ zoom: coord(0, 22, 2), lat: coord(-85, 85, 5), lon: coord(-180, 180, 5) }),
      asof: fc
        .tuple(fc.integer({ min: 1900, max: 2099 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }))
        .map(([y, m]) => (m ? `${y}-${String(m).padStart(2, '0')}` : String(y))),
      view: fc.constant('projects' as const),
      sort: fc.record({ column: fc.constantFrom(...TABLE_COLUMNS), descending: fc.boolean() }),
      // The name column is always shown; every column at once is the default, written as nothing.
      cols: fc
        .subarray(
          TABLE_COLUMNS.filter((c) => c !== 'name'),
          { maxLength: TABLE_COLUMNS.length - 2 },
        )
        .map((c) => TABLE_COLUMNS.filter((x) => x === 'name' || c.includes(x))),
      q: fc
        .string({ minLength: 1, maxLength: 100 })
        .map((s) => s.trim().replace(/\s+/g, ' '))
        .filter((s) => s.length > 0 && Array.from(s).length <= 100),
      embed: fc.constant(true as const),
    },
    { requiredKeys: [] },
  )
  .map((s) => {
    // One view per link: a comparison over a selection, a project over a park or zone (codec.ts: conflicts).
    const { park, zone, project, compare, ...rest } = s;
    if (compare) return { ...rest, compare };
    if (project !== undefined) return { ...rest, project };
    return { ...rest, ...(park !== undefined ? { park } : {}), ...(zone !== undefined ? { zone } : {}) };
  });

describe('URL codec', () => {
  it('parse(format(state)) equals state for arbitrary valid states', () => {
    fc.assert(
      fc.property(state, (s) => {
        const { state: back, problems } = parseUrl(formatUrl(s));
        expect(problems).toEqual([]);
        expect(back).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings, long ones and unusual Unicode included', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(
      fc.property(text, text, (name, value) => {
        parseUrl(value);
        parseUrl(`?${name}=${value}`);
        parseUrl(`?park=${encodeURIComponent(value)}&map=${value}&compare=${value}`);
      }),
      { numRuns: 500 },
    );
  }, 30_000); // 1,500 parses of up to 2,000 characters: over 5 s on a shared machine

  it('has one URL per state: whatever a link holds, what is kept writes back canonically and re-reads the same', () => {
    const part = fc.oneof(fc.constantFrom(...PARAM_NAMES, 'foo', ''), fc.string({ maxLength: 12 }));
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('a,b', 'a,,b', 'zh', '11.5/44.1/125.3', 'biopharma,vaccines'),
    );
    const link = fc.array(fc.tuple(part, value), { maxLength: 8 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`);
    fc.assert(
      fc.property(fc.oneof(link, state.map(formatUrl)), (search) => {
        const once = formatUrl(parseUrl(search).state);
        const again = parseUrl(once);
        expect(again.problems).toEqual([]);
        expect(formatUrl(again.state)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('writes the shortest canonical URL: defaults omitted, fixed order, readable commas', () => {
    expect(formatUrl({})).toBe('');
    expect(formatUrl({ lang: 'en' })).toBe('');
    expect(formatUrl({ zone: 'future-medical-port', lang: 'zh', park: 'changchun-pharma-valley' })).toBe(
      '?park=changchun-pharma-valley&zone=future-medical-port&lang=zh',
    );
    expect(formatUrl({ compare: ['a', 'b'], map: { zoom: 11.123, lat: 44.0123456, lon: 125.4 } })).toBe(
      '?compare=a,b&map=11.12/44.01235/125.4',
    );
  });

  it('drops a malformed, unknown or over-long parameter with a message and keeps the rest', () => {
    const { state: s, problems } = parseUrl(
      `?park=changchun-pharma-valley&zone=<script>alert(1)</script>&foo=1&project=${'a'.repeat(600)}&map=99/1/1`,
    );
    expect(s).toEqual({ park: 'changchun-pharma-valley' });
    expect(problems.map((p) => p.param)).toEqual(['zone', 'foo', 'project', 'map']);
    expect(problems[0]!.message).toMatch(/kebab-case/);
    expect(problems[2]!.message).toMatch(/longer than 500/);
  });

  it('reads the time and table parameters and names what is wrong with a bad one', () => {
    expect(parseUrl('?asof=2021&view=projects&sort=investment:desc&cols=park,investment&q=%20vaccine%20%20plant ').state).toEqual({
      asof: '2021',
      view: 'projects',
      sort: { column: 'investment', descending: true },
      cols: ['name', 'park', 'investment'],
      q: 'vaccine plant',
    });
    expect(formatUrl({ asof: '2019-03', view: 'projects', sort: { column: 'date', descending: false }, q: 'a b' })).toBe(
      '?asof=2019-03&view=projects&sort=date&q=a+b',
    );
    const bad = parseUrl('?asof=2021-13&view=table&sort=height:desc&cols=name,colour&q=%20');
    expect(bad.state).toEqual({});
    expect(bad.problems.map((p) => p.message)).toEqual([
      '"asof" must be a year (YYYY) or a month (YYYY-MM)',
      '"view" must be "projects", "data" or "changes"',
      expect.stringMatching(/^"sort" must be a column/),
      '"cols" "colour" is not a column',
      '"q" is empty',
    ]);
    expect(parseUrl('?asof=21').problems).toHaveLength(1);
    expect(parseUrl('?asof=2021-06-01').problems).toHaveLength(1);
  });

  it('reads embed=1 as the embedded view, written last, and names any other value (issue 16)', () => {
    expect(parseUrl('?project=p-1&embed=1')).toEqual({ state: { project: 'p-1', embed: true }, problems: [] });
    expect(formatUrl({ embed: true, project: 'p-1', lang: 'zh' })).toBe('?project=p-1&lang=zh&embed=1');
    const bad = parseUrl('?project=p-1&embed=yes');
    expect(bad.state).toEqual({ project: 'p-1' });
    expect(bad.problems.map((p) => p.message)).toEqual(['"embed" must be "1"']);
  });

  it('rejects a compare set outside 2–4 parks', () => {
    expect(parseUrl('?compare=a').problems[0]!.message).toMatch(/2 to 4/);
    expect(parseUrl('?compare=a,b,c,d,e').problems[0]!.message).toMatch(/2 to 4/);
    expect(parseUrl('?compare=a,b,a').state.compare).toEqual(['a', 'b']);
  });

  it('says which of duplicated or conflicting parameters applies (hosting issue)', () => {
    const twice = parseUrl('?park=hangzhou-biopharma-town&park=qiantang-new-area');
    expect(twice.state).toEqual({ park: 'hangzhou-biopharma-town' });
    expect(twice.problems.map((p) => p.message)).toEqual(['"park" is given more than once: the first, “hangzhou-biopharma-town”, applies']);
    expect(parseUrl('?park=a&park=a').problems).toEqual([]);

    const both = parseUrl('?park=a&zone=z&project=p');
    expect(both.state).toEqual({ project: 'p' });
    expect(both.problems.map((p) => p.message)).toEqual([
      '"project" and "park" are both given: the project applies',
      '"project" and "zone" are both given: the project applies',
    ]);

    const compared = parseUrl('?compare=a,b&park=c');
    expect(compared.state).toEqual({ compare: ['a', 'b'] });
    expect(compared.problems[0]!.message).toBe('"compare" and "park" are both given: the comparison applies');
  });

  it('words every problem plainly, never in the words of zod', () => {
    const messages = ['?lang=fr', '?park=', '?zone=Bad!', `?project=${'a'.repeat(81)}`, '?map=1/2', '?status=nope'].map(
      (q) => parseUrl(q).problems[0]!.message,
    );
    expect(messages[0]).toBe('"lang" must be "en" (English) or "zh" (Chinese), not “fr”');
    for (const m of messages) expect(m).not.toMatch(/Invalid|expected|Too (small|big)|received/);
  });

  it('names a malformed id in a compare link and keeps comparing the others', () => {
    const { state: s, problems } = parseUrl('?compare=hangzhou-biopharma-town,Bad!,qiantang-new-area');
    expect(s.compare).toEqual(['hangzhou-biopharma-town', 'qiantang-new-area']);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('“Bad!” is not a park id')]);
    const left = parseUrl('?compare=a,Bad!').problems.map((p) => p.message);
    expect(left).toEqual([expect.stringContaining('“Bad!”'), expect.stringMatching(/2 to 4/)]);
  });
});
