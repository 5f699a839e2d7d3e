// @vitest-environment jsdom
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReleases } from '../../src/catalog/history-diff';
import { atomFeed } from '../../src/catalog/history-feed';
import { snapshot } from '../../src/catalog/history-snapshot';
import { ChangesFileSchema, ChangesIndexSchema } from '../../src/catalog/schema';
import { readReleases } from '../../scripts/history-releases';
import { historyFiles } from '../../scripts/vite-plugin-history';
import { park } from '../fixtures/mini-catalog';

/**
 * The feeds are read by a real XML parser (jsdom's, built on saxes: malformed XML is a
 * <parsererror>, not a guess) and checked against RFC 4287's required elements.
 */
const ATOM = 'http://www.w3.org/2005/Atom';
// RFC 3339 date-time, as Atom's Date constructs require.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function checkFeed(xml: string, file: string) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror').length, `${file} is well-formed XML`).toBe(0);
  const feed = doc.documentElement;
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM);
  const child = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name && c.namespaceURI === ATOM);
  const one = (el: Element, name: string) => {
    const found = child(el, name);
    expect(found.length, `${file}: exactly one atom:${name}`).toBe(1);
    return found[0]!.textContent ?? '';
  };
  const ids = [one(feed, 'id')];
  expect(one(feed, 'title')).not.toBe('');
  expect(one(feed, 'updated')).toMatch(RFC3339);
  expect(child(feed, 'author').length, `${file}: an author for the feed (entries carry none)`).toBeGreaterThan(0);
  const entries = child(feed, 'entry');
  for (const entry of entries) {
    ids.push(one(entry, 'id'));
    expect(one(entry, 'title')).not.toBe('');
    expect(one(entry, 'updated')).toMatch(RFC3339);
    const links = child(entry, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    expect(links.length, `${file}: an alternate link per entry`).toBe(1);
    // Relative to the feed (feeds/…): the atlas may be served under any sub-path.
    expect(links[0]!.getAttribute('href')).toMatch(/^\.\.\/\?(park|project)=/);
  }
  for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(ids).size, `${file}: unique ids`).toBe(ids.length);
  return entries;
}

describe('Atom feeds', () => {
  it('every feed the real catalog builds is valid Atom, with unique ids, and each park file parses', () => {
    const releases = readReleases(resolve('data'));
    expect(releases.length).toBeGreaterThanOrEqual(2);
    const files = historyFiles(
      releases,
      releases
        .at(-1)!
        .entities.filter((e) => e[0].startsWith('park:'))
        .map((e) => e[1]),
    );
    const feeds = [...files].filter(([name]) => name.endsWith('.xml'));
    expect(feeds.length).toBeGreaterThan(20);
    let entries = 0;
    for (const [name, xml] of feeds) entries += checkFeed(xml, name).length;
    expect(entries).toBeGreaterThan(100);
    for (const [name, json] of files)
      if (name.endsWith('.json') && name !== 'changes/index.json') ChangesFileSchema.parse(JSON.parse(json));
    // The index names exactly the parks that have a changes file (the atlas asks for no other).
    const index = ChangesIndexSchema.parse(JSON.parse(files.get('changes/index.json')!));
    expect(index.parks.map((id) => `changes/parks/${id}.json`)).toEqual([...files.keys()].filter((f) => f.startsWith('changes/parks/')));
    // The catalog feed holds the status step the browser test follows.
    expect(files.get('feeds/atlas.xml')).toContain('?project=biotech-vaccine-park');
  });

  it('a catalog with no release gets an index saying so, and nothing else', () => {
    expect([...historyFiles([], ['a'])]).toEqual([['changes/index.json', '{"releases":[],"parks":[]}']]);
  });

  it('escapes names and keeps entry ids stable from build to build', () => {
    const a = park('a');
    const b = park('a', {
      projects: [
        {
          ...a.projects[0]!,
          name: { en: 'R&D <Plant> "One"' },
          statusHistory: [...a.projects[0]!.statusHistory, { status: 'operating', date: '2025', sources: ['src-a'] }],
        },
      ],
    });
    const before = snapshot([a], [], { release: '2026-01-01-a', date: '2026-01-01T00:00:00Z', note: 'a' });
    const after = snapshot([b], [], { release: '2026-02-01-b', date: '2026-02-01T00:00:00Z', note: 'b' });
    const feed = () =>
      atomFeed({
        name: 'x',
        title: 'T & T',
        subtitle: 's',
        changes: diffReleases(before, after),
        updated: after.date,
        self: 'x.xml',
        alternate: '../',
      });
    const [entry] = checkFeed(feed(), 'x.xml');
    expect(entry!.getElementsByTagName('title')[0]!.textContent).toBe('R&D <Plant> "One": status “Operating” added, dated 2025');
    expect(feed()).toBe(feed());
  });
});
