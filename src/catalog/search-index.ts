import type { Catalog } from './catalog';
import type { ParkSummary } from './park-index';
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
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

type Entry = { target: number; text: string; via: SearchVia };

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const targets: SearchTarget[] = [];
  const entries: Entry[] = [];
  const add = (target: number, name: Name, via: SearchVia = 'name') => {
    entries.push({ target, text: name.en, via });
    if (name.zh) entries.push({ target, text: name.zh, via });
    for (const aka of name.aka ?? []) entries.push({ target, text: aka, via: via === 'name' ? 'aka' : via });
  };
  // Names come from the index, so every park, zone and project is found whether its file has
  // loaded or not; a loaded park adds its other spellings, companies and institutions.
  // Order matters: within one rank, earlier entries win, so names come before companies.
  const parks = catalog.index.parks;
  const loaded = (id: string) => catalog.parkById.get(id);
  const parkTargets: number[] = [];
  for (const summary of parks) {
    const park = loaded(summary.id);
    parkTargets.push(targets.push({ kind: 'park', key: `park:${summary.id}`, name: park?.name ?? summary.name, park: summary }) - 1);
    add(targets.length - 1, park?.name ?? summary.name);
  }
  for (const summary of parks) {
    const zones = new Map(loaded(summary.id)?.zones.map((z) => [z.id, z.name]));
    for (const zone of summary.zones) {
      const name = zones.get(zone.id) ?? zone.name;
      targets.push({ kind: 'zone', key: `zone:${summary.id}/${zone.id}`, name, park: summary, zoneId: zone.id });
      add(targets.length - 1, name);
    }
  }
  const projectTarget = new Map<string, number>();
  for (const summary of parks) {
    const projects = new Map(loaded(summary.id)?.projects.map((p) => [p.id, p.name]));
    for (const project of summary.projects) {
      const name = projects.get(project.id) ?? project.name;
      projectTarget.set(project.id, targets.push({ kind: 'project', key: `project:${project.id}`, name, park: summary, projectId: project.id }) - 1);
      add(targets.length - 1, name);
    }
  }
  for (const park of catalog.parks) for (const project of park.projects) {
    const t = projectTarget.get(project.id);
    if (t !== undefined) for (const company of project.companies) add(t, company.name, 'company');
  }
  parks.forEach((summary, i) => loaded(summary.id)?.institutions.forEach((inst) => add(parkTargets[i]!, inst.name, 'institution')));

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
    let lo = 0, hi = entries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  function search(query: string, limit = 20): SearchHit[] {
    const q = normalise(query);
    if (!q || !entries.length) return [];
    const hits: SearchHit[] = [];
    const seen = new Set<number>();
    const needles = [`${SEP}${q}${SEP}`, `${SEP}${q}`, ` ${q}`, q];
    needles.forEach((needle, rank) => {
      let from = 0;
      while (hits.length < limit) {
        const at = haystack.indexOf(needle, from);
        if (at < 0) break;
        const e = entryAt(needle[0] === SEP ? at + 1 : at);
        const entry = entries[e]!;
        if (!seen.has(entry.target)) {
          seen.add(entry.target);
          hits.push({ target: targets[entry.target]!, matched: entry.text, via: entry.via, rank: rank as SearchHit['rank'] });
        }
        // Continue at the separator that closes this entry: it also opens the next one.
        from = starts[e + 1]! - 1;
      }
    });
    return hits;
  }

  return { size: entries.length, search };
}

const cache = new WeakMap<Catalog, SearchIndex>();

/** The index for a catalog, built on first use and kept as long as the catalog lives. */
export function searchIndexFor(catalog: Catalog): SearchIndex {
  let index = cache.get(catalog);
  if (!index) cache.set(catalog, (index = buildSearchIndex(catalog)));
  return index;
}
