import { buildCatalog, zoneKey, type Catalog } from './catalog';
import type { Park, Source } from './schema';
import { crossCheck, parseSources, validateParkFile, type Problem, type RawFile } from './validate';

/** Where the built atlas serves its data: relative, so any sub-path works. */
export const DATA_BASE = './data/';

/**
 * Park files in flight at once. Chromium fails requests beyond a few hundred pending ones with
 * ERR_INSUFFICIENT_RESOURCES (2,500 park files did), and HTTP/1.1 opens six connections per host
 * anyway: a dozen keeps every connection busy without queueing thousands inside the browser.
 */
export const CONCURRENCY = 12;

/** One park in data/index.json (scripts/vite-plugin-atlas-data.ts writes it). */
export type IndexEntry = { id: string; file: string; parent?: string; projects?: readonly string[] };

/** What the first view shows (the URL's selection): its park and that park's ancestors load first. */
export type FirstView = { park?: string; zone?: string; project?: string; compare?: readonly string[] };

export type LoadOptions = {
  base?: string;
  first?: FirstView;
  /**
   * Called with partial catalogs while the rest loads: first one with the first view's park and
   * its ancestors (only when that view is in it), then a few batches. Never with the final
   * catalog, which `loadCatalog` resolves to. Without a first view there are no partial catalogs.
   */
  onPartial?: (catalog: Catalog) => void;
  concurrency?: number;
  /** Least time between two partial updates after the first (default 1 s), so the app redraws a few times, not per file. */
  batchMs?: number;
};

/**
 * Runs at most `concurrency` tasks at once, in the order they were given (first in, first out),
 * so what is asked for first is fetched first.
 */
export function limit(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    while (active < concurrency && queue.length) queue.shift()!();
  };
  return <T>(task: () => Promise<T>) => new Promise<T>((resolve, reject) => {
    queue.push(() => {
      active++;
      Promise.resolve().then(task).then(resolve, reject).finally(() => {
        active--;
        next();
      });
    });
    next();
  });
}

const baseUrl = (base: string) => new URL(base, typeof document === 'undefined' ? undefined : document.baseURI);

/** One file's text, or a Problem naming it. A network failure is retried once; an HTTP error is not. */
async function fetchText(file: string, base: string): Promise<RawFile | Problem> {
  const name = `data/${file}`;
  let failure = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetch(new URL(file, baseUrl(base)));
      if (!response.ok) return { file: name, path: '$', message: `could not be loaded (HTTP ${response.status})` };
      return { file: name, text: await response.text() };
    } catch (error) {
      failure = (error as Error).message;
    }
  }
  return { file: name, path: '$', message: `could not be loaded (${failure})` };
}

const isProblem = (x: RawFile | Problem): x is Problem => 'message' in x;

/**
 * Reads data/index.json: `{ parks: [{ id, file, parent?, projects? }] }`, or the older
 * `{ parks: [id] }` (files at parks/<id>.json, no parents or projects known).
 */
export function parseIndex(raw: RawFile): { entries: IndexEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (path: string, message: string) => ({ entries: [], problems: [{ file: raw.file, path, message }] });
  let json: unknown;
  try {
    json = JSON.parse(raw.text);
  } catch {
    return fail('$', 'the catalog index is not valid JSON');
  }
  const parks = (json as { parks?: unknown } | null)?.parks;
  if (!Array.isArray(parks)) return fail('$.parks', 'the catalog index must list the parks');
  const entries: IndexEntry[] = [];
  const seen = new Set<string>();
  parks.forEach((item: unknown, i) => {
    const entry = typeof item === 'string' ? { id: item } : (item as Partial<IndexEntry> | null);
    const id = entry?.id;
    const file = entry?.file ?? `parks/${id}.json`;
    if (typeof id !== 'string' || !id || typeof file !== 'string' || !/^[\w-]+(\/[\w-]+)*\.json$/.test(file)) {
      problems.push({ file: raw.file, path: `$.parks[${i}]`, message: 'each park needs an id and a file (parks/<id>.json)' });
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    const projects = Array.isArray(entry?.projects) ? entry.projects.filter((p): p is string => typeof p === 'string') : undefined;
    entries.push({ id, file, ...(typeof entry?.parent === 'string' ? { parent: entry.parent } : {}), ...(projects ? { projects } : {}) });
  });
  return { entries, problems };
}

/** The parks the first view needs, in the order to fetch them: its own park, then its ancestors. */
export function firstParks(entries: readonly IndexEntry[], first: FirstView | undefined): string[] {
  // A comparison needs several parks and the lists around it: it waits for the whole catalog.
  if (!first || first.compare?.length) return [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const id = first.project ? entries.find((e) => e.projects?.includes(first.project!))?.id : first.park;
  const chain: string[] = [];
  for (let e = id ? byId.get(id) : undefined; e && !chain.includes(e.id); e = e.parent ? byId.get(e.parent) : undefined) chain.push(e.id);
  return chain;
}

/** Whether a (partial) catalog holds what the first view shows, so it can be shown before the rest. */
function showsFirstView(catalog: Catalog, first: FirstView): boolean {
  if (first.project) return catalog.projectById.has(first.project);
  if (!first.park || !catalog.parkById.has(first.park)) return false;
  return !first.zone || catalog.zoneByKey.has(zoneKey(first.park, first.zone));
}

type Settled = { fetchProblem?: Problem; park?: Park; problems: Problem[]; file: string };

const mark = (name: string) => { if (typeof performance !== 'undefined') performance.mark?.(name); };
const measure = (name: string, start: string) => { try { performance.measure?.(name, start); } catch { /* no such mark */ } };

/**
 * Fetches and validates the catalog. Never throws: a file that cannot be loaded or fails
 * validation becomes a Problem naming it, and every other park still loads.
 *
 * data/index.json comes first (index.html preloads it and sources.json: see
 * scripts/vite-plugin-atlas-data.ts). Then, at most `concurrency` at a time, the first view's park
 * and its ancestors, then every other park. Each file is validated as it arrives; the checks
 * across files run once all are in. With `onPartial` the first view is shown as soon as its parks
 * are in (they are fetched on their own until then), and the rest streams in a few batches.
 */
export async function loadCatalog(options: LoadOptions = {}): Promise<Catalog> {
  const { base = DATA_BASE, first, onPartial, concurrency = CONCURRENCY, batchMs = 1000 } = options;
  mark('atlas-catalog-start');
  const run = limit(concurrency);
  const get = (file: string) => run(() => fetchText(file, base));
  const sourcesLoad = get('sources.json');
  const indexRaw = await get('index.json');
  const head: Problem[] = [];
  let entries: IndexEntry[] = [];
  if (isProblem(indexRaw)) head.push(indexRaw);
  else {
    const index = parseIndex(indexRaw);
    entries = index.entries;
    head.push(...index.problems);
  }

  const firstIds = firstParks(entries, first);
  const firstSet = new Set(firstIds);
  const order = [...firstIds, ...entries.map((e) => e.id).filter((id) => !firstSet.has(id))];
  const fileOf = new Map(entries.map((e) => [e.id, e.file]));

  let sources: Source[] = [];
  let sourcesProblems: Problem[] = [];
  let sourceIds: ReadonlySet<string> = new Set();
  const sourcesReady = sourcesLoad.then((raw) => {
    if (isProblem(raw)) return raw;
    ({ sources, problems: sourcesProblems } = parseSources(raw));
    sourceIds = new Set(sources.map((s) => s.id));
    return undefined;
  });

  const settled = new Map<string, Settled>();
  let published = false;
  let abandoned = !onPartial || !first || firstIds.length === 0;
  let lastPublish = 0;
  let sinceLast = 0;
  // Each update rebuilds the catalog's indexes and the map's data from everything so far: after
  // the first view, at most two more before the final one (each a third of the files, a second apart).
  const batch = Math.max(1, Math.ceil(order.length / 3));

  /** A catalog from what has arrived, parks and problems in index order. */
  const snapshot = (final: boolean): Catalog => {
    const fetchProblems: Problem[] = [];
    const fileProblems: Problem[] = [];
    const candidates: { park: Park; file: string }[] = [];
    const fetched = new Set<string>();
    for (const { id } of entries) {
      const s = settled.get(id);
      if (!s) continue;
      if (s.fetchProblem) { fetchProblems.push(s.fetchProblem); continue; }
      fetched.add(id);
      fileProblems.push(...s.problems);
      if (s.park) candidates.push({ park: s.park, file: s.file });
    }
    // Until every file is in, a parent the index lists counts as existing; cross-file problems are reported at the end.
    const cross: Problem[] = [];
    const parks = crossCheck(candidates, final ? fetched : new Set(entries.map((e) => e.id)), cross);
    return buildCatalog(parks, sources, [...head, ...fetchProblems, ...sourcesProblems, ...fileProblems, ...(final ? cross : [])]);
  };

  const publish = (catalog: Catalog) => {
    try {
      onPartial!(catalog);
    } catch (error) {
      // The caller's bug must not stop the load: no more partial catalogs, the final one still comes.
      abandoned = true;
      console.error(error);
    }
  };
  const progress = () => {
    if (abandoned || !onPartial || !first) return;
    if (!published) {
      if (!firstIds.every((id) => settled.has(id))) return;
      const partial = snapshot(false);
      if (!showsFirstView(partial, first)) { abandoned = true; return; }
      published = true;
      measure('atlas-catalog-first-view', 'atlas-catalog-start');
      lastPublish = performance.now();
      sinceLast = 0;
      publish(partial);
      return;
    }
    if (sinceLast < batch || performance.now() - lastPublish < batchMs || settled.size === order.length) return;
    lastPublish = performance.now();
    sinceLast = 0;
    publish(snapshot(false));
  };

  const settle = async (id: string) => {
    const raw = await get(fileOf.get(id)!);
    const failed = await sourcesReady;
    if (isProblem(raw)) settled.set(id, { fetchProblem: raw, problems: [], file: raw.file });
    else if (failed) settled.set(id, { problems: [], file: raw.file });
    else settled.set(id, { ...validateParkFile(raw, sourceIds), file: raw.file });
    sinceLast++;
    if (!failed) progress();
  };
  // When the first view can be shown early, its parks have the network and the main thread to
  // themselves until it is; the rest follows.
  if (!abandoned) await Promise.all(firstIds.map(settle));
  await Promise.all(order.filter((id) => !settled.has(id)).map(settle));

  const failed = await sourcesReady;
  if (failed) {
    const fetchProblems = order.map((id) => settled.get(id)?.fetchProblem).filter((p): p is Problem => !!p);
    return buildCatalog([], [], [...head, ...fetchProblems, failed]);
  }
  const catalog = snapshot(true);
  measure('atlas-catalog-loaded', 'atlas-catalog-start');
  return catalog;
}
