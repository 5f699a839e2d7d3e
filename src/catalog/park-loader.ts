import { buildCatalog, type Catalog } from './catalog';
import { buildParkIndex, chainOf, readEntry, type ParkIndex } from './park-index';
import { IndexEntrySchema, type IndexEntry, type Park, type Source } from './schema';
import { fetchText, limit } from './fetch-queue';
import { crossCheck, jsonPath, parseSources, validateParkFile, type Problem, type RawFile } from './validate';

/** Where the built atlas serves its data: relative, so any sub-path works. */
export const DATA_BASE = './data/';

/**
 * Park files in flight at once. Chromium fails requests beyond a few hundred pending ones with
 * ERR_INSUFFICIENT_RESOURCES (2,500 park files did), and HTTP/1.1 opens six connections per host
 * anyway: a dozen keeps every connection busy without queueing thousands inside the browser.
 */
export const CONCURRENCY = 12;

const isProblem = (x: RawFile | Problem): x is Problem => 'message' in x;

const filled = (x: unknown) => typeof x === 'string' && x.length > 0;
/** IndexEntrySchema's rule for one `[id, en, zh?]`, written out (tests/unit/index-entry.test.ts checks they agree). */
export const isIndexedName = (t: unknown): boolean =>
  Array.isArray(t) &&
  (t.length === 2 || t.length === 3) &&
  filled(t[0]) &&
  filled(t[1]) &&
  (t.length === 2 || t[2] === undefined || filled(t[2]));

/**
 * One index entry through the schema. Its zones and projects lists, where they pass the
 * written-out rule, are kept as they are and the rest of the entry goes through zod: zod's tuple
 * check of 100,000 projects was the largest part of a project link's wait (browsers run zod
 * without its compiled checks under our CSP). A list that fails goes through zod, which names the item.
 */
function parseEntry(item: unknown): ReturnType<typeof IndexEntrySchema.safeParse> {
  const entry = (typeof item === 'string' ? { id: item } : item) as { zones?: unknown; projects?: unknown } | null;
  const good = (list: unknown) => list === undefined || (Array.isArray(list) && list.every(isIndexedName));
  if (!entry || typeof entry !== 'object' || Array.isArray(entry) || !good(entry.zones) || !good(entry.projects))
    return IndexEntrySchema.safeParse(entry);
  const { zones, projects } = entry as Pick<IndexEntry, 'zones' | 'projects'>;
  const result = IndexEntrySchema.safeParse({ ...entry, zones: undefined, projects: undefined });
  if (!result.success) return result;
  return { ...result, data: { ...result.data, ...(zones ? { zones } : {}), ...(projects ? { projects } : {}) } };
}

/**
 * Reads data/index.json: `{ parks: [entry] }` (src/catalog/schema.ts, IndexEntrySchema), or the
 * older `{ parks: [id] }`. A malformed entry is named and left out; the others stand.
 */
export function parseIndex(raw: RawFile): { index: ParkIndex; problems: Problem[] } {
  const fail = (path: string, message: string) => ({ index: buildParkIndex([]), problems: [{ file: raw.file, path, message }] });
  let json: unknown;
  try {
    json = JSON.parse(raw.text);
  } catch {
    return fail('$', 'the catalog index is not valid JSON');
  }
  const parks = (json as { parks?: unknown } | null)?.parks;
  if (!Array.isArray(parks)) return fail('$.parks', 'the catalog index must list the parks');
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const summaries = parks.flatMap((item: unknown, i) => {
    const result = parseEntry(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      problems.push({ file: raw.file, path: jsonPath(['parks', i, ...issue.path]), message: issue.message });
      return [];
    }
    if (seen.has(result.data.id)) return [];
    seen.add(result.data.id);
    return [readEntry(result.data)];
  });
  return { index: buildParkIndex(summaries), problems };
}

type Settled = { park?: Park; problems: Problem[]; file: string };

/**
 * Fetches data/index.json and sources.json once, then park files as they are asked for (with
 * their ancestors), at most `concurrency` at a time, each fetched once and validated as it
 * arrives. Never throws: a file that cannot be loaded or fails validation becomes a Problem
 * naming it, and every other park still loads.
 */
export class ParkLoader {
  index: ParkIndex = buildParkIndex([]);
  private sources: Source[] = [];
  private sourceIds: ReadonlySet<string> = new Set();
  private head: Problem[] = [];
  private broken = false;
  private readonly settled = new Map<string, Settled>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly run: ReturnType<typeof limit>;

  constructor(
    private readonly base = DATA_BASE,
    concurrency = CONCURRENCY,
  ) {
    this.run = limit(concurrency);
  }

  private sourcesIn: Promise<void> = Promise.resolve();

  /**
   * Reads the index. sources.json comes alongside: park files start downloading as soon as the
   * index is in and wait for the sources only to be validated. Without sources no park can be
   * validated, so none loads and the catalog says why.
   */
  async open(): Promise<void> {
    this.sourcesIn = this.get('sources.json').then((raw) => {
      if (isProblem(raw)) {
        this.head.push(raw);
        this.broken = true;
        return;
      }
      const parsed = parseSources(raw);
      this.head.push(...parsed.problems);
      this.sources = parsed.sources;
      this.sourceIds = new Set(parsed.sources.map((s) => s.id));
      if (!parsed.sources.length && parsed.problems.length) this.broken = true;
    });
    const indexRaw = await this.get('index.json');
    if (isProblem(indexRaw)) this.head.unshift(indexRaw);
    else {
      const { index, problems } = parseIndex(indexRaw);
      this.index = index;
      this.head.unshift(...problems);
    }
  }

  /** Resolves once sources.json is in (or has failed): snapshots taken before then know no sources. */
  sourcesReady(): Promise<void> {
    return this.sourcesIn;
  }

  /** Parks the index lists, loaded (or failed) or not. */
  get total(): number {
    return this.index.parks.length;
  }
  isSettled = (id: string): boolean => this.settled.has(id);

  /**
   * Loads these parks and their ancestors (ids the index does not list are ignored); resolves
   * when all are in. `urgent` (what the reader just chose) goes before files already queued.
   */
  async load(ids: readonly string[], { urgent = false } = {}): Promise<void> {
    const wanted = [...new Set(ids.flatMap((id) => chainOf(this.index, id)))];
    // Queued at the front in reverse, so an urgent park's own file still comes before its ancestors'.
    const order = urgent ? [...wanted].reverse() : wanted;
    await Promise.all([
      this.sourcesIn,
      ...order.map((id) => {
        if (this.settled.has(id) || this.broken) return undefined;
        const pending = this.pending.get(id);
        // Already queued by a list page or the map: chosen now, it moves to the front.
        if (pending && urgent) this.run.promote(id);
        return pending ?? this.fetchPark(id, urgent);
      }),
    ]);
  }

  private fetchPark(id: string, urgent: boolean): Promise<void> {
    const file = this.index.byId.get(id)!.file;
    const fetched = this.run(() => fetchText(file, this.base), urgent, id);
    const done = Promise.all([fetched, this.sourcesIn]).then(([raw]) => {
      this.settled.set(
        id,
        isProblem(raw) ? { problems: [raw], file: raw.file } : { ...validateParkFile(raw, this.sourceIds), file: raw.file },
      );
      this.pending.delete(id);
    });
    this.pending.set(id, done);
    return done;
  }

  private get(file: string) {
    return this.run(() => fetchText(file, this.base));
  }

  /** A catalog of the parks loaded so far, in index order, with every problem found so far. */
  snapshot(): Catalog {
    if (this.broken) return buildCatalog([], [], this.head, this.index, new Set(this.index.byId.keys()));
    const fileProblems: Problem[] = [];
    const candidates: { park: Park; file: string }[] = [];
    for (const { id } of this.index.parks) {
      const s = this.settled.get(id);
      if (!s) continue;
      fileProblems.push(...s.problems);
      if (s.park) candidates.push({ park: s.park, file: s.file });
    }
    const cross: Problem[] = [];
    // A parent counts as existing when the index lists it: whether its own file is sound is its own problem.
    const parks = crossCheck(candidates, new Set(this.index.byId.keys()), cross);
    const accepted = new Set(parks.map((p) => p.id));
    const unavailable = new Set([...this.settled.keys()].filter((id) => !accepted.has(id)));
    return buildCatalog(parks, this.sources, [...this.head, ...fileProblems, ...cross], this.index, unavailable);
  }
}
