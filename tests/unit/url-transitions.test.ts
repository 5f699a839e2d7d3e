import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChangeKindSchema, IndustrySchema, StatusSchema } from '../../src/catalog/schema';
import { TABLE_COLUMNS } from '../../src/catalog/table-columns';
import { formatUrl, parseUrl } from '../../src/url/codec';
import { PARAM_NAMES, type ParamName, type UrlState } from '../../src/url/registry';
import {
  forCiting,
  forSharing,
  outOfEmbed,
  targetOf,
  toCompare,
  toDataPage,
  toSelection,
  toView,
  type Selection,
  type ShareTarget,
} from '../../src/url/transitions';

// States a link can hold, generated for every parameter of the registry and read back through its codecs.
const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const subset = <T extends string>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });
const raw = fc.record(
  {
    park: id,
    zone: id,
    project: id,
    compare: fc.uniqueArray(id, { minLength: 2, maxLength: 4 }),
    industry: subset(IndustrySchema.options),
    status: subset(StatusSchema.options),
    lang: fc.constantFrom('en' as const, 'zh' as const),
    map: fc.record({
      zoom: fc.integer({ min: 0, max: 22 }),
      lat: fc.integer({ min: -80, max: 80 }),
      lon: fc.integer({ min: -179, max: 179 }),
    }),
    asof: fc.constantFrom('2021', '2024-06'),
    view: fc.constantFrom('projects' as const, 'data' as const, 'changes' as const),
    sort: fc.record({ column: fc.constantFrom(...TABLE_COLUMNS), descending: fc.boolean() }),
    cols: subset(TABLE_COLUMNS),
    q: fc.constantFrom('vaccine', '长春'),
    embed: fc.constant(true as const),
    kind: subset(ChangeKindSchema.options),
  },
  { requiredKeys: [] },
);
// Every parameter is covered: a new one in the registry must be added here (and to the transitions' rules).
const covered: readonly ParamName[] = [
  'park',
  'zone',
  'project',
  'compare',
  'industry',
  'status',
  'lang',
  'map',
  'asof',
  'view',
  'sort',
  'cols',
  'q',
  'embed',
  'kind',
];
const canonical = (s: UrlState) => parseUrl(formatUrl(s)).state;
const state = raw.map((s) => canonical(s as UrlState));
const selection: fc.Arbitrary<Selection> = fc.oneof(
  fc.constant({}),
  id.map((park) => ({ park })),
  fc.tuple(id, id).map(([park, zone]) => ({ park, zone })),
  id.map((project) => ({ project })),
);
const target: fc.Arbitrary<ShareTarget> = fc.oneof(
  selection,
  fc.uniqueArray(id, { minLength: 2, maxLength: 4 }).map((compare) => ({ compare })),
);

/** The parameters two states hold differently, as their links write them. */
function changed(a: UrlState, b: UrlState): ParamName[] {
  const [pa, pb] = [new URLSearchParams(formatUrl(a)), new URLSearchParams(formatUrl(b))];
  return PARAM_NAMES.filter((name) => pa.get(name) !== pb.get(name));
}
const runs = { numRuns: 400 };

describe('URL transitions', () => {
  it('cover every parameter of the registry', () => {
    expect([...covered].sort()).toEqual([...PARAM_NAMES].sort());
  });

  it('always give a link the codec reads back unchanged, with no problem', () => {
    const all = fc.tuple(
      state,
      selection,
      target,
      fc.uniqueArray(id, { minLength: 2, maxLength: 4 }),
      fc.constantFrom('projects' as const, 'changes' as const, undefined),
    );
    fc.assert(
      fc.property(all, ([s, sel, tgt, ids, view]) => {
        for (const next of [
          toSelection(s, sel),
          toCompare(s, ids),
          toView(s, view),
          toDataPage(s),
          forSharing(s, tgt),
          forCiting(s, tgt),
          outOfEmbed(s),
        ]) {
          const read = parseUrl(formatUrl(next));
          expect(read.problems).toEqual([]);
          expect(formatUrl(read.state)).toBe(formatUrl(next));
        }
      }),
      runs,
    );
  });

  it('toSelection: the selection replaces park, zone, project and any comparison; the camera stays only where the map will not move', () => {
    fc.assert(
      fc.property(state, selection, (s, sel) => {
        const next = toSelection(s, sel);
        expect([next.park, next.zone, next.project, next.compare]).toEqual([sel.park, sel.zone, sel.project, undefined]);
        const stays =
          (!sel.park && !sel.zone && !sel.project) ||
          (!s.compare && s.park === sel.park && s.zone === sel.zone && s.project === sel.project);
        expect(next.map).toBe(stays ? s.map : undefined);
        // Nothing else changes: language, filters, date, view and its settings, the embedding.
        for (const name of changed(s, next)) expect(['park', 'zone', 'project', 'compare', 'map']).toContain(name);
        expect(toSelection(next, sel)).toEqual(next);
      }),
      runs,
    );
  });

  it('toSelection to what is already selected changes nothing (a click on the current park is no navigation)', () => {
    fc.assert(
      fc.property(state, (s) => {
        if (s.compare) return;
        expect(formatUrl(toSelection(s, { park: s.park, zone: s.zone, project: s.project }))).toBe(formatUrl(s));
      }),
      runs,
    );
  });

  it('toCompare: the parks, no selection and no camera; everything else stays', () => {
    fc.assert(
      fc.property(state, fc.uniqueArray(id, { minLength: 2, maxLength: 4 }), (s, ids) => {
        const next = toCompare(s, ids);
        expect(next.compare).toEqual(ids);
        expect([next.park, next.zone, next.project, next.map]).toEqual([undefined, undefined, undefined, undefined]);
        for (const name of changed(s, next)) expect(['park', 'zone', 'project', 'compare', 'map']).toContain(name);
      }),
      runs,
    );
  });

  it("toView and toDataPage: the view changes, What's new's kind= goes with a change of view, the camera stays beside the map", () => {
    fc.assert(
      fc.property(state, fc.constantFrom('projects' as const, 'changes' as const, undefined), (s, view) => {
        const next = toView(s, view);
        expect(next.view).toBe(view);
        expect(next.map).toBe(s.map);
        expect(next.kind).toBe(view === 'changes' && s.view === 'changes' ? s.kind : undefined);
        for (const name of changed(s, next)) expect(['view', 'kind']).toContain(name);
        const data = toDataPage(s);
        expect(data.view).toBe('data');
        for (const name of changed(s, data)) expect(['view', 'kind', 'park', 'zone', 'project', 'compare', 'map']).toContain(name);
        expect([data.lang, data.industry, data.status, data.asof]).toEqual([s.lang, s.industry, s.status, s.asof]);
      }),
      runs,
    );
  });

  it('forSharing keeps the view as seen; forCiting only the target and the language, so a printed link keeps opening it', () => {
    fc.assert(
      fc.property(state, target, (s, tgt) => {
        const shared = forSharing(s, tgt);
        const cited = forCiting(s, tgt);
        const has = (x: UrlState) => PARAM_NAMES.filter((name) => new URLSearchParams(formatUrl(x)).has(name));
        for (const name of has(cited)) expect(['park', 'zone', 'project', 'compare', 'lang']).toContain(name);
        for (const name of has(shared))
          expect(['park', 'zone', 'project', 'compare', 'lang', 'industry', 'status', 'map', 'asof']).toContain(name);
        // What a citation holds, a shared link holds too, the same.
        for (const name of has(cited))
          expect(new URLSearchParams(formatUrl(shared)).get(name)).toBe(new URLSearchParams(formatUrl(cited)).get(name));
        expect([shared.lang, shared.industry, shared.status, shared.map, shared.asof]).toEqual([
          s.lang,
          s.industry,
          s.status,
          s.map,
          s.asof,
        ]);
      }),
      runs,
    );
  });

  it('targetOf what the address opens, shared or cited, opens it again', () => {
    fc.assert(
      fc.property(state, (s) => {
        const tgt = targetOf(s);
        expect(targetOf(canonical(forCiting(s, tgt)))).toEqual(targetOf(canonical(tgt as UrlState)));
        expect(targetOf(canonical(forSharing(s, tgt)))).toEqual(targetOf(canonical(tgt as UrlState)));
      }),
      runs,
    );
  });

  it('outOfEmbed: the same view without embed=1', () => {
    fc.assert(
      fc.property(state, (s) => {
        const next = outOfEmbed(s);
        expect(next.embed).toBeUndefined();
        for (const name of changed(s, next)) expect(name).toBe('embed');
      }),
      runs,
    );
  });
});
