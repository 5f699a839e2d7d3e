import type { Catalog } from './catalog';
import type { ParkIndex, ParkSummary } from './park-index';
import type { Name } from './schema';

/**
 * Type-ahead search over parks, zones, projects, companies and institutions, in English,
 * Chinese and the other spellings sources print. Built once per catalog.
 *
 * Every searchable text is normalised and joined into one string, each entry framed by a
 * separator. A query then runs as a handful of native `indexOf` scans, in rank order:
 * exact (SEP q SEP), prefix (SEP q), word start (space q), anywhere (q). Scans stop as soon as
 * `limit` results are found, so a common query ends early and a rare one costs a few linear
 * passes over a flat string: well under 50 ms at 100,000 projects.
 */

export type SearchKind = 'park' | 'zone' | 'project';
export type SearchVia = 'name' | 'aka' | 'company' | 'institution';
/** `park` is the park's index entry: enough to name it and link to it, loaded or not. */
export type SearchTarget = { kind: SearchKind; key: string; name: Name; park: ParkSummary; zoneId?: string; projectId?: string };
export type SearchHit = { target: SearchTarget; matched: string; via: SearchVia; rank: 0 | 1 | 2 | 3 };
export type SearchIndex = { size: number; search: (query: string, limit?: number) => SearchHit[] };

const SEP = '\u0001';

/** Lower-case, diacritics and punctuation removed, full-width folded, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Entry = { target: SearchTarget; text: string; via: SearchVia };
type Part = { size: number; search: (query: string, limit: number) => SearchHit[] };

/** Entries in order, each name with its Chinese name and other spellings. */
function adder(entries: Entry[]) {
  return (target: SearchTarget, name: Name, via: SearchVia = 'name') => {
    entries.push({ target, text: name.en, via });
    if (name.zh) entries.push({ target, text: name.zh, via });
    for (const aka of name.aka ?? []) entries.push({ target, text: aka, via: via === 'name' ? 'aka' : via });
  };
}

/** Every name of the catalog index: each park, zone and project, loaded or not. */
function namesPart(index: ParkIndex): { part: Part; targets: ReadonlyMap<string, SearchTarget>; order: ReadonlyMap<string, number> } {
  const entries: Entry[] = [];
  const add = adder(entries);
  const targets = new Map<string, SearchTarget>();
  const order = new Map<string, number>();
  const target = (t: SearchTarget) => {
    order.set(t.key, targets.size);
    targets.set(t.key, t);
    return t;
  };
  for (const park of index.parks) add(target({ kind: 'park', key: `park:${park.id}`, name: park.name, park }), park.name);
  for (const park of index.parks)
    for (const zone of park.zones) {
      add(target({ kind: 'zone', key: `zone:${park.id}/${zone.id}`, name: zone.name, park, zoneId: zone.id }), zone.name);
    }
  for (const park of index.parks)
    for (const project of park.projects) {
      add(target({ kind: 'project', key: `project:${project.id}`, name: project.name, park, projectId: project.id }), project.name);
    }
  return { part: scan(entries), targets, order };
}

/** What loaded parks add: other spellings, companies and institutions (for the targets the index names). */
function extrasPart(catalog: Catalog, targets: ReadonlyMap<string, SearchTarget>): Part {
  const entries: Entry[] = [];
  const add = adder(entries);
  const aka = (key: string, name: Name) => {
    const t = targets.get(key);
    if (t) for (const text of name.aka ?? []) entries.push({ target: t, text, via: 'aka' });
  };
  for (const park of catalog.parks) aka(`park:${park.id}`, park.name);
  for (const park of catalog.parks) for (const zone of park.zones) aka(`zone:${park.id}/${zone.id}`, zone.name);
  for (const park of catalog.parks) for (const project of park.projects) aka(`project:${project.id}`, project.name);
  for (const park of catalog.parks)
    for (const project of park.projects) {
      const t = targets.get(`project:${project.id}`);
      if (t) for (const company of project.companies) add(t, company.name, 'company');
    }
  for (const park of catalog.parks) {
    const t = targets.get(`park:${park.id}`);
    if (t) for (const inst of park.institutions) add(t, inst.name, 'institution');
  }
  return scan(entries);
}

/** One flat haystack over the entries (see the module comment), searched by rank. */
function scan(entries: readonly Entry[]): Part {
  const starts = new Int32Array(entries.length + 1);
  const parts: string[] = [SEP];
  let pos = 1;
  entries.forEach((entry, i) => {
    starts[i] = pos;
    const norm = normalise(entry.text);
    parts.push(norm, SEP);
    pos += norm.length + 1;
  });
  starts[entries.length] = pos;
  const haystack = parts.join('');

  /** The entry whose text contains position `at` (binary search over the start offsets). */
  const entryAt = (at: number) => {
    let lo = 0,
      hi = entries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  function search(query: string, limit: number): SearchHit[] {
    const q = normalise(query);
    if (!q || !entries.length) return [];
    const hits: SearchHit[] = [];
    const seen = new Set<string>();
    const needles = [`${SEP}${q}${SEP}`, `${SEP}${q}`, ` ${q}`, q];
    needles.forEach((needle, rank) => {
      let from = 0;
      while (hits.length < limit) {
        const at = haystack.indexOf(needle, from);
        if (at < 0) break;
        const e = entryAt(needle[0] === SEP ? at + 1 : at);
        const entry = entries[e]!;
        if (!seen.has(entry.target.key)) {
          seen.add(entry.target.key);
          hits.push({ target: entry.target, matched: entry.text, via: entry.via, rank: rank as SearchHit['rank'] });
        }
        // Continue at the separator that closes this entry: it also opens the next one.
        from = starts[e + 1]! - 1;
      }
    });
    return hits;
  }
  return { size: entries.length, search };
}

const namesCache = new WeakMap<ParkIndex, ReturnType<typeof namesPart>>();
/** Within one rank: names and other spellings first (parks, then zones, then projects), then companies, then institutions. */
const GROUP: Record<SearchVia, number> = { name: 0, aka: 0, company: 1, institution: 2 };

/**
 * Names and extras are two haystacks: the names (every park, zone and project in the index,
 * 210,000 entries at 100,000 projects) are built once per index, and only the extras of the
 * parks loaded so far are rebuilt as more parks load. Hits merge in the order one haystack of
 * everything would give them.
 */
export function buildSearchIndex(catalog: Catalog): SearchIndex {
  let names = namesCache.get(catalog.index);
  if (!names) namesCache.set(catalog.index, (names = namesPart(catalog.index)));
  const extras = extrasPart(catalog, names.targets);
  const { part, order } = names;
  return {
    size: part.size + extras.size,
    search(query, limit = 20) {
      // Each part's best `limit` (twice, as some are dropped as duplicates) hold the merged best `limit`.
      const hits = [...part.search(query, limit * 2), ...extras.search(query, limit * 2)].sort(
        (a, b) => a.rank - b.rank || GROUP[a.via] - GROUP[b.via] || order.get(a.target.key)! - order.get(b.target.key)!,
      );
      const seen = new Set<string>();
      return hits.filter((h) => !seen.has(h.target.key) && seen.add(h.target.key)).slice(0, limit);
    },
  };
}

const cache = new WeakMap<Catalog, SearchIndex>();

/** The index for a catalog, built on first use and kept as long as the catalog lives. */
export function searchIndexFor(catalog: Catalog): SearchIndex {
  let index = cache.get(catalog);
  if (!index) cache.set(catalog, (index = buildSearchIndex(catalog)));
  return index;
}
