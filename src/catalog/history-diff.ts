import type { Change, ChangeKind, FactState, Release, SnapshotEntity, SnapshotFact } from './schema';

/**
 * Typed change records between two releases (issue 17). Ids that a redirect renamed or moved are
 * followed, so a moved zone is one "removed, now at …" record and its figures are compared with
 * themselves, not listed again as new. Facts of an entity added or removed are not listed one by
 * one: the entity's own record says it.
 */

/** Two 32-bit cyrb53 halves per seed, two seeds: 128 bits as 32 hex digits. Pure, so it runs anywhere. */
export function hash128(text: string): string {
  const part = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed,
      h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return [h1, h2].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  };
  return part(1) + part(2);
}

const state = (f: SnapshotFact): FactState => {
  const [, , value, unit, qualifier, asOf, sources] = f;
  return { value, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier } : {}), ...(asOf ? { asOf } : {}), sources };
};

/** The key an old key lives on as: its own redirect, else (for a zone) its park's, followed to the end. */
function follow(redirects: ReadonlyMap<string, string>, key: string): string {
  if (!redirects.size) return key;
  for (let hops = 0; hops < 16; hops++) {
    const direct = redirects.get(key);
    const zone = /^zone:([^/]+)\/(.+)$/.exec(key);
    const viaPark = zone
      ? redirects
          .get(`park:${zone[1]}`)
          ?.replace(/^park:/, 'zone:')
          .concat(`/${zone[2]}`)
      : undefined;
    const next = direct ?? viaPark;
    if (!next || next === key) return key;
    key = next;
  }
  return key;
}

const order = (x: SnapshotFact, y: SnapshotFact) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
/** Snapshots are written sorted; one that is not (edited by hand, keys moved by a redirect) is sorted here. */
const sorted = (facts: readonly SnapshotFact[]) =>
  facts.every((f, i) => i === 0 || order(facts[i - 1]!, f) <= 0) ? facts : [...facts].sort(order);

const same = (a: SnapshotFact, b: SnapshotFact) => a[2] === b[2] && a[3] === b[3] && a[4] === b[4] && a[5] === b[5];

/** The changes `after` brings over `before`; a first release (no `before`) is the baseline and brings none. */
export function diffReleases(before: Release | undefined, after: Release): Change[] {
  if (!before) return [];
  const redirects = new Map([...before.redirects, ...after.redirects].map(([, from, to]) => [from, to]));
  const now = new Map(after.entities.map((e) => [e[0], e]));
  const was = new Map(before.entities.map((e) => [follow(redirects, e[0]), e]));
  const changes: Change[] = [];
  const record = (kind: ChangeKind, e: SnapshotEntity, rest: Partial<Change> = {}) => {
    const [entity, park, en, zh] = e;
    const body = { kind, entity, park, name: zh ? { en, zh } : { en }, ...rest };
    changes.push({
      id: hash128(`${after.release}|${kind}|${entity}|${rest.field ?? ''}|${rest.redirect ?? ''}`),
      release: after.release,
      date: after.date,
      ...body,
    });
  };
  for (const [key, old] of was) {
    if (!now.has(key)) record('removed', old);
    else if (key !== old[0]) record('removed', old, { redirect: key });
  }
  for (const [key, e] of now) if (!was.has(key)) record('added', e);

  // A merge of two sorted lists: one pass, no map of 200,000 facts (the synthetic catalog's).
  const olds = sorted(
    redirects.size ? before.facts.map((f): SnapshotFact => [follow(redirects, f[0]), f[1], f[2], f[3], f[4], f[5], f[6]]) : before.facts,
  );
  const news = sorted(after.facts);
  const kept = (key: string) => (was.has(key) ? now.get(key) : undefined);
  for (let i = 0, j = 0; i < olds.length || j < news.length;) {
    const c = i >= olds.length ? 1 : j >= news.length ? -1 : order(olds[i]!, news[j]!);
    const from = c <= 0 ? olds[i++] : undefined;
    const to = c >= 0 ? news[j++] : undefined;
    const e = kept((from ?? to)![0]);
    if (!e) continue;
    const field = (from ?? to)![1];
    if (!from && to) record(field.startsWith('status/') ? 'status-step-added' : 'value-added', e, { field, to: state(to) });
    else if (from && !to) record('value-withdrawn', e, { field, from: state(from) });
    else if (from && to && !same(from, to))
      record(field === 'boundary' ? 'boundary-redrawn' : 'value-revised', e, { field, from: state(from), to: state(to) });
    else if (from && to && from[6].join() !== to[6].join()) {
      const added = to[6].some((src) => !from[6].includes(src));
      record(added ? 'source-added' : 'source-withdrawn', e, { field, from: state(from), to: state(to) });
    }
  }
  const rank = (x: Change) => `${x.entity} ${x.field ?? ''} ${x.kind}`;
  return changes.sort((x, y) => (rank(x) < rank(y) ? -1 : rank(x) > rank(y) ? 1 : 0));
}
