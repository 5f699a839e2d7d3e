import { describe, expect, it } from 'vitest';
import { validateCatalog, type Problem } from '../../src/catalog/validate';
import { park, raw, sourcesRaw, square } from '../fixtures/mini-catalog';

const run = (...files: ReturnType<typeof raw>[]) => validateCatalog(sourcesRaw(), files);
const one = (json: unknown, file = 'data/parks/test-park.json') => run(raw(file, json));
const paths = (problems: Problem[]) => problems.map((p) => `${p.file} ${p.path}`);

describe('validateCatalog', () => {
  it('accepts a valid park', () => {
    const result = one(park());
    expect(result.problems).toEqual([]);
    expect(result.parks.map((p) => p.id)).toEqual(['test-park']);
  });

  it('reports a missing field with its path', () => {
    const { summary: _summary, ...json } = park();
    expect(paths(one(json).problems)).toEqual(['data/parks/test-park.json $.summary']);
  });

  it('reports a wrong type', () => {
    const json = park();
    (json.zones[0]!.area!.values[0] as { value: unknown }).value = '5.4';
    expect(paths(one(json).problems)).toEqual(['data/parks/test-park.json $.zones[0].area.values[0].value']);
  });

  it('reports an unknown key (curated data is strict)', () => {
    const result = one({ ...park(), colour: 'red' });
    expect(result.problems[0]).toMatchObject({ file: 'data/parks/test-park.json', path: '$' });
    expect(result.problems[0]!.message).toMatch(/colour/);
  });

  it('reports a duplicate project id across files and keeps the first park', () => {
    const a = park('park-a');
    const b = park('park-b', { projects: a.projects });
    const result = run(raw('data/parks/park-a.json', a), raw('data/parks/park-b.json', b));
    expect(paths(result.problems)).toEqual(['data/parks/park-b.json $.projects[0].id']);
    expect(result.parks.map((p) => p.id)).toEqual(['park-a']);
  });

  it('reports dangling references: zone, source and parent park', () => {
    const json = park('test-park', { parentId: 'nowhere' });
    json.projects[0]!.zoneId = 'zone-x';
    json.zones[0]!.sources = ['src-missing'];
    expect(paths(one(json).problems)).toEqual([
      'data/parks/test-park.json $.zones[0].sources[0]',
      'data/parks/test-park.json $.projects[0].zoneId',
    ]);
    const orphan = one(park('test-park', { parentId: 'nowhere' }));
    expect(paths(orphan.problems)).toEqual(['data/parks/test-park.json $.parentId']);
  });

  it('reports bad coordinates: out of range, unclosed and self-intersecting rings', () => {
    const json = park();
    json.location.point.coordinates = [190, 44];
    expect(paths(one(json).problems)).toEqual(['data/parks/test-park.json $.location.point.coordinates[0]']);

    const open = park();
    const openRing = open.zones[0]!.boundary!.geometry.coordinates[0] as [number, number][];
    openRing.pop();
    openRing.push([125.4, 44.001]);
    expect(paths(one(open).problems)).toEqual(['data/parks/test-park.json $.zones[0].boundary.geometry.coordinates[0]']);

    const bowtie = park();
    const ring = bowtie.zones[0]!.boundary!.geometry.coordinates[0] as [number, number][];
    [ring[1], ring[2]] = [ring[2]!, ring[1]!];
    expect(one(bowtie).problems[0]!.path).toMatch(/^\$\.zones\[0\]\.boundary\.geometry\.coordinates\[0\]\[\d\]$/);
  });

  it('accepts a zone known only by its location, and names the path when a zone has neither boundary nor location', () => {
    const located = park();
    const { boundary: _boundary, ...zone } = located.zones[0]!;
    located.zones[0] = { ...zone, location: { ...located.location, uncertaintyM: 1500 } };
    expect(one(located).problems).toEqual([]);
    const bare = park();
    bare.zones[0] = zone;
    const problems = one(bare).problems;
    expect(paths(problems)).toEqual(['data/parks/test-park.json $.zones[0].location']);
    expect(problems[0]!.message).toMatch(/boundary or, where none is published, a location/);
  });

  it('reports an area mismatch beyond 10%, and accepts any one of disagreeing values', () => {
    const json = park();
    json.zones[0]!.boundary!.geometry = square(125.4, 44.0, 0.025);
    const [problem] = one(json).problems;
    expect(problem).toMatchObject({ path: '$.zones[0].boundary.geometry' });
    expect(problem!.message).toMatch(/drawn area 2\.0\d km² is not within 10% of the stated 1 km²/);
    json.zones[0]!.area!.values.push({ value: 2, unit: 'km2', asOf: '2023', scope: 'other source', sources: ['src-a'] });
    expect(one(json).problems).toEqual([]);
  });

  it('reports malformed JSON and an id that differs from the file name, and still loads the other parks', () => {
    const result = run(
      { file: 'data/parks/broken.json', text: '{"id": "broken",' },
      raw('data/parks/renamed.json', park('other-name')),
      raw('data/parks/test-park.json', park()),
    );
    expect(paths(result.problems)).toEqual(['data/parks/broken.json $', 'data/parks/renamed.json $.id']);
    expect(result.problems[0]!.message).toMatch(/not valid JSON/);
    expect(result.parks.map((p) => p.id)).toEqual(['test-park']);
  });

  it('collects every problem, not only the first', () => {
    const json = park();
    json.projects[0]!.zoneId = 'zone-x';
    json.zones[0]!.boundary!.geometry = square(125.4, 44.0, 0.05);
    expect(one(json).problems).toHaveLength(2);
  });
});
