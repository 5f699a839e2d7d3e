import { describe, expect, it } from 'vitest';
import { diffReleases } from '../../src/catalog/history-diff';
import { formatRelease, snapshot } from '../../src/catalog/history-snapshot';
import { ReleaseSchema, type Park, type Redirect } from '../../src/catalog/schema';
import { park, square } from '../fixtures/mini-catalog';

const meta = (release: string) => ({ release, date: `${release.slice(0, 10)}T12:00:00Z`, note: 'test' });
const rel = (parks: Park[], name = '2026-01-01-one', redirects: Redirect[] = []) => snapshot(parks, redirects, meta(name));
const next = (parks: Park[], redirects: Redirect[] = []) => rel(parks, '2026-02-01-two', redirects);
const kinds = (parks: Park[], redirects: Redirect[] = []) =>
  diffReleases(rel([park()]), next(parks, redirects)).map((c) => [c.kind, c.entity, c.field ?? '']);

describe('release snapshot', () => {
  it('holds every cited value as a sorted tuple, and parses back through the schema from its file form', () => {
    const r = rel([park()]);
    expect(r.entities.map((e) => e[0])).toEqual(['park:test-park', 'project:test-park-project', 'zone:test-park/zone-a']);
    expect(r.facts).toContainEqual(['project:test-park-project', 'investment', 2.3e9, 'CNY', '', '2022', ['src-a']]);
    expect(r.facts).toContainEqual(['project:test-park-project', 'status/signed', '2022', '', '', '2022', ['src-a']]);
    expect(r.facts.find((f) => f[0] === 'park:test-park' && f[1] === 'boundary')?.[2]).toBeCloseTo(1.0, 1);
    expect(ReleaseSchema.parse(JSON.parse(formatRelease(r)))).toEqual(r);
    // One tuple a line, so a release diffs line by line in git.
    expect(
      formatRelease(r)
        .split('\n')
        .filter((l) => l.startsWith('    [')).length,
    ).toBe(r.entities.length + r.facts.length);
  });

  it('is the same whatever order the parks come in', () => {
    expect(rel([park('b'), park('a')])).toEqual(rel([park('a'), park('b')]));
  });
});

describe('changes between two releases', () => {
  it('no change at all gives no records, and a first release is the baseline', () => {
    expect(diffReleases(rel([park()]), next([park()]))).toEqual([]);
    expect(diffReleases(undefined, rel([park()]))).toEqual([]);
  });

  it('park, zone and project added or removed', () => {
    const base = park();
    expect(kinds([base, park('new-park')])).toEqual([
      ['added', 'park:new-park', ''],
      ['added', 'project:new-park-project', ''],
      ['added', 'zone:new-park/zone-a', ''],
    ]);
    expect(kinds([{ ...base, projects: [], zones: [] }])).toEqual([
      ['removed', 'project:test-park-project', ''],
      ['removed', 'zone:test-park/zone-a', ''],
    ]);
  });

  it('a status step added, with its date', () => {
    const p = park();
    const steps = [...p.projects[0]!.statusHistory, { status: 'operating' as const, date: '2024-05', sources: ['src-a'] }];
    const changes = diffReleases(rel([p]), next([{ ...p, projects: [{ ...p.projects[0]!, statusHistory: steps }] }]));
    expect(changes).toMatchObject([
      {
        kind: 'status-step-added',
        entity: 'project:test-park-project',
        field: 'status/operating',
        to: { value: '2024-05' },
        park: 'test-park',
      },
    ]);
  });

  it('a figure value added, revised and withdrawn', () => {
    const p = park();
    const area = p.area!.values[0]!;
    expect(kinds([{ ...p, area: { values: [area, { ...area, value: 2, sources: ['src-b'] }] } }])).toEqual([
      ['value-added', 'park:test-park', 'area#2'],
    ]);
    const revised = diffReleases(rel([p]), next([{ ...p, area: { values: [{ ...area, value: 1.2, qualifier: 'about' }] } }]));
    expect(revised).toMatchObject([
      { kind: 'value-revised', field: 'area', from: { value: 1, unit: 'km2', asOf: '2022' }, to: { value: 1.2, qualifier: 'about' } },
    ]);
    expect(kinds([{ ...p, area: undefined }])).toEqual([['value-withdrawn', 'park:test-park', 'area']]);
  });

  it('a figure whose only change is its source is a source change, not a revision', () => {
    const p = park();
    const area = p.area!.values[0]!;
    expect(kinds([{ ...p, area: { values: [{ ...area, sources: ['src-a', 'src-b'] }] } }])).toEqual([
      ['source-added', 'park:test-park', 'area'],
    ]);
    const two = { ...p, area: { values: [{ ...area, sources: ['src-a', 'src-b'] }] } };
    expect(diffReleases(rel([two]), next([p])).map((c) => c.kind)).toEqual(['source-withdrawn']);
  });

  it('a boundary redrawn, with the area before and after', () => {
    const p = park();
    const [change, ...rest] = diffReleases(rel([p]), next([{ ...p, boundary: { ...p.boundary!, geometry: square(125.4, 44.0, 0.025) } }]));
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ kind: 'boundary-redrawn', entity: 'park:test-park', field: 'boundary' });
    expect(change!.from!.value as number).toBeCloseTo(1.0, 1);
    expect(change!.to!.value as number).toBeCloseTo(2.0, 1);
  });

  it('a renamed id is followed through its redirect: one "removed, now at" record, its figures compared with themselves', () => {
    const p = park();
    const renamed = {
      ...p,
      projects: [
        { ...p.projects[0]!, id: 'plant-renamed', investment: { values: [{ ...p.projects[0]!.investment!.values[0]!, value: 2.5e9 }] } },
      ],
    };
    const redirect: Redirect = { kind: 'project', from: 'test-park-project', to: 'plant-renamed', since: '2026-02' };
    const changes = diffReleases(rel([p]), next([renamed], [redirect]));
    expect(changes.map((c) => [c.kind, c.entity, c.redirect ?? c.field])).toEqual([
      ['value-revised', 'project:plant-renamed', 'investment'],
      ['removed', 'project:test-park-project', 'project:plant-renamed'],
    ]);
    // A zone moved to another park with its id, and a park renamed (its zones follow it).
    const moved: Redirect = { kind: 'zone', parkId: 'test-park', from: 'zone-a', to: 'zone-a', toParkId: 'other', since: '2026-02' };
    const other = park('other', { projects: [] });
    expect(
      diffReleases(rel([p, { ...other, zones: [] }]), next([{ ...p, zones: [] }, other], [moved])).map((c) => [
        c.kind,
        c.entity,
        c.redirect,
      ]),
    ).toEqual([['removed', 'zone:test-park/zone-a', 'zone:other/zone-a']]);
    const parkRenamed: Redirect = { kind: 'park', from: 'test-park', to: 'new-name', since: '2026-02' };
    expect(diffReleases(rel([p]), next([{ ...p, id: 'new-name' }], [parkRenamed])).map((c) => [c.kind, c.entity, c.redirect])).toEqual([
      ['removed', 'park:test-park', 'park:new-name'],
      ['removed', 'zone:test-park/zone-a', 'zone:new-name/zone-a'],
    ]);
  });

  it('gives each change an id that is stable across builds and unique within a release', () => {
    const p = park();
    const after = next([{ ...p, area: undefined }, park('new-park')]);
    const a = diffReleases(rel([p]), after);
    expect(diffReleases(rel([p]), after)).toEqual(a);
    expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
  });
});

describe('the "What\'s new" link', () => {
  it('reads view=changes and kind=, writes them canonically, and names a kind it does not know', async () => {
    const { parseUrl, formatUrl } = await import('../../src/url/codec');
    expect(parseUrl('?view=changes&kind=value-revised,added').state).toEqual({ view: 'changes', kind: ['added', 'value-revised'] });
    expect(formatUrl({ park: 'a', view: 'changes', kind: ['value-revised', 'added'] })).toBe(
      '?park=a&view=changes&kind=added,value-revised',
    );
    expect(parseUrl('?view=changes&kind=renamed').problems.map((p) => p.message)).toEqual(['"kind" "renamed" is not a known value']);
  });
});
