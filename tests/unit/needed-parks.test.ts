import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { neededParks, selectedParkId } from '../../src/catalog/needed-parks';
import { buildParkIndex, type ParkSummary } from '../../src/catalog/park-index';
import type { Redirect } from '../../src/catalog/schema';
import { parseUrl } from '../../src/url/codec';
import { resolveRedirects } from '../../src/url/url-redirects';

const summary = (id: string, parent?: string, zones: string[] = [], projects: string[] = []): ParkSummary => ({
  id,
  file: `parks/${id}.json`,
  ...(parent ? { parent } : {}),
  name: { en: id },
  reference: false,
  zones: zones.map((z) => ({ id: z, name: { en: z } })),
  projects: projects.map((p) => ({ id: p, name: { en: p } })),
});
// new-area ⊃ valley ⊃ lab, valley also ⊃ port-park; hangzhou and suzhou stand alone.
const index = buildParkIndex([
  summary('new-area'),
  summary('valley', 'new-area', ['port'], ['plant']),
  summary('lab', 'valley', [], ['lab-project']),
  summary('port-park', 'valley'),
  summary('hangzhou', undefined, ['youth-town'], ['campus']),
  summary('suzhou'),
]);
const need = (search: string) => neededParks(index, parseUrl(search).state);

describe('neededParks: which parks a view needs', () => {
  it('a park: the park, its ancestors, then the parks its panel lists; a zone the same', () => {
    expect(need('?park=valley')).toEqual({ shown: ['valley', 'new-area', 'lab', 'port-park'], listed: [] });
    expect(need('?park=valley&zone=port')).toEqual(need('?park=valley'));
    expect(need('?park=lab')).toEqual({ shown: ['lab', 'valley', 'new-area'], listed: [] });
  });

  it("a project: its park and that park's ancestors, not the park's children", () => {
    expect(need('?project=plant')).toEqual({ shown: ['valley', 'new-area'], listed: [] });
    expect(need('?project=campus&lang=zh&map=10/30/120')).toEqual({ shown: ['hangzhou'], listed: [] });
  });

  it('a comparison: each park with its ancestors, once each, whatever else the link says', () => {
    expect(need('?compare=lab,hangzhou,valley')).toEqual({ shown: ['lab', 'valley', 'new-area', 'hangzhou'], listed: [] });
    expect(need('?compare=lab,suzhou&view=projects')).toEqual({ shown: ['lab', 'valley', 'new-area', 'suzhou'], listed: [] });
  });

  it('unknown ids need nothing (the panel says "not found"); known ones beside them still load', () => {
    expect(need('?park=nowhere')).toEqual({ shown: [], listed: [] });
    expect(need('?project=nothing')).toEqual({ shown: [], listed: [] });
    expect(need('?compare=nowhere,suzhou')).toEqual({ shown: ['suzhou'], listed: [] });
    expect(need('?zone=port')).toEqual({ shown: [], listed: [] });
    expect(need('')).toEqual({ shown: [], listed: [] });
  });

  it('the projects table: every park, or the selected park and the parks nested in it, after what is shown', () => {
    expect(need('?view=projects')).toEqual({ shown: [], listed: ['new-area', 'valley', 'lab', 'port-park', 'hangzhou', 'suzhou'] });
    expect(need('?park=valley&view=projects')).toEqual({ shown: ['valley', 'new-area', 'lab', 'port-park'], listed: [] });
    expect(need('?park=new-area&view=projects')).toEqual({ shown: ['new-area', 'valley'], listed: ['lab', 'port-park'] });
    // A project beside the table: the codec drops the park, so the table runs over every park.
    expect(need('?project=campus&view=projects').listed).toEqual(['new-area', 'valley', 'lab', 'port-park', 'suzhou']);
  });

  it('the Data page needs no park at all; "What\'s new" needs what its panel shows', () => {
    expect(need('?view=data&park=valley')).toEqual({ shown: [], listed: [] });
    expect(need('?view=data&compare=valley,hangzhou')).toEqual({ shown: [], listed: [] });
    expect(need('?view=changes&park=lab')).toEqual(need('?park=lab'));
  });

  it('the embedded card: the selected park and its ancestors, no children', () => {
    expect(need('?park=valley&embed=1')).toEqual({ shown: ['valley', 'new-area'], listed: [] });
  });

  it('a link with old ids needs the renamed parks once its redirects are followed', () => {
    const catalog = buildCatalog([], [], [], index);
    const redirects: Redirect[] = [
      { kind: 'park', from: 'old-valley', to: 'valley', since: '2026-12' },
      { kind: 'project', from: 'old-plant', to: 'campus', since: '2026-12' },
      { kind: 'zone', from: 'old-town', to: 'port', parkId: 'hangzhou', toParkId: 'valley', since: '2026-12' },
    ];
    const followed = (search: string) => neededParks(index, resolveRedirects(parseUrl(search).state, catalog, redirects).state);
    expect(need('?park=old-valley')).toEqual({ shown: [], listed: [] });
    expect(followed('?park=old-valley')).toEqual(need('?park=valley'));
    expect(followed('?project=old-plant')).toEqual({ shown: ['hangzhou'], listed: [] });
    expect(followed('?park=hangzhou&zone=old-town').shown).toEqual(['valley', 'new-area', 'lab', 'port-park']);
    expect(followed('?compare=old-valley,suzhou').shown).toEqual(['valley', 'new-area', 'suzhou']);
  });

  it('selectedParkId: the park a selection is shown in, if the index lists it', () => {
    expect(selectedParkId(index, { project: 'lab-project' })).toBe('lab');
    expect(selectedParkId(index, { park: 'hangzhou' })).toBe('hangzhou');
    expect(selectedParkId(index, { park: 'nowhere' })).toBeUndefined();
    expect(selectedParkId(index, { project: 'nothing', park: 'hangzhou' })).toBeUndefined();
  });

  it('for any link: every id is one the index lists, none twice, nothing both shown and listed, what is shown first', () => {
    const ids = fc.constantFrom('new-area', 'valley', 'lab', 'port-park', 'hangzhou', 'suzhou', 'nowhere', 'plant', 'campus');
    const link = fc.record(
      {
        park: ids,
        zone: fc.constantFrom('port', 'youth-town'),
        project: ids,
        compare: fc.uniqueArray(ids, { minLength: 2, maxLength: 4 }),
        view: fc.constantFrom('projects' as const, 'data' as const, 'changes' as const),
        embed: fc.constant(true as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(link, (view) => {
        const { shown, listed } = neededParks(index, view);
        const all = [...shown, ...listed];
        expect(new Set(all).size).toBe(all.length);
        for (const id of all) expect(index.byId.has(id)).toBe(true);
        // Every park shown comes with its parent (the loader fetches a park with its ancestors).
        for (const id of shown) {
          const parent = index.byId.get(id)!.parent;
          if (parent) expect(shown).toContain(parent);
        }
        const selected = view.compare?.length ? undefined : selectedParkId(index, view);
        if (selected && view.view !== 'data') expect(shown[0]).toBe(selected);
      }),
      { numRuns: 300 },
    );
  });
});
