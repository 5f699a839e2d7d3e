import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIndexedName, parseIndex } from '../../src/catalog/park-loader';
import { parkOfProjectId } from '../../src/catalog/park-index';
import { IndexEntrySchema } from '../../src/catalog/schema';

const index = (parks: unknown[]) => parseIndex({ file: 'data/index.json', text: JSON.stringify({ parks }) });

describe('index entries: the projects lists checked without zod', () => {
  it('accepts exactly what the schema accepts as an [id, en, zh?]', () => {
    const part = fc.oneof(fc.string({ maxLength: 3 }), fc.constant(''), fc.integer(), fc.constant(null), fc.constant(undefined));
    const candidate = fc.oneof(fc.array(part, { maxLength: 4 }), part, fc.record({ id: fc.string() }));
    fc.assert(
      fc.property(candidate, (t) => isIndexedName(t) === IndexEntrySchema.safeParse({ id: 'a', projects: [t] }).success),
      { numRuns: 2000 },
    );
  });

  it('keeps a good list as the index gives it and maps every project to its park', () => {
    const { index: read, problems } = index([
      {
        id: 'p',
        projects: [
          ['one', 'One', '一'],
          ['two', 'Two'],
        ],
      },
    ]);
    expect(problems).toEqual([]);
    expect(read.byId.get('p')!.projects).toEqual([
      { id: 'one', name: { en: 'One', zh: '一' } },
      { id: 'two', name: { en: 'Two' } },
    ]);
    expect(read.parkOfProject.get('two')).toBe('p');
  });

  it('still names the item of a bad list by its JSON path, and keeps the other parks', () => {
    const { index: read, problems } = index([
      {
        id: 'p',
        projects: [
          ['one', 'One'],
          ['', 'Nameless'],
        ],
      },
      { id: 'q', projects: [['three', 'Three']] },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['$.parks[0].projects[1][0]']);
    expect(index([{ id: 'z', zones: [['a', 'A', '']] }, ['not', 'an', 'entry']]).problems.map((p) => p.path)).toEqual([
      '$.parks[0].zones[0][2]',
      '$.parks[1]',
    ]);
    expect(read.parks.map((p) => p.id)).toEqual(['q']);
  });

  it('checks the rest of an entry whose list is good', () => {
    const { problems } = index([{ id: 'p', file: '../x.json', projects: [['one', 'One']] }]);
    expect(problems.map((p) => p.path)).toEqual(['$.parks[0].file']);
  });
});

describe('the park of a project', () => {
  it('answers as the whole map does, before and after the map is made (the first park listing an id wins)', () => {
    const { index: read } = index([
      {
        id: 'p',
        projects: [
          ['one', 'One'],
          ['both', 'Both'],
        ],
      },
      {
        id: 'q',
        projects: [
          ['both', 'Both'],
          ['three', 'Three'],
        ],
      },
      'r',
    ]);
    const ids = ['one', 'both', 'three', 'nowhere'];
    const before = ids.map((id) => parkOfProjectId(read, id));
    expect(before).toEqual(['p', 'p', 'q', undefined]);
    expect(ids.map((id) => read.parkOfProject.get(id))).toEqual(before);
    expect(ids.map((id) => parkOfProjectId(read, id))).toEqual(before);
  });
});
