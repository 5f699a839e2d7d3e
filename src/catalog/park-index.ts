// With its extension: vite.config.ts loads this module through the data plugin.
import { bboxOf, circlePolygon } from './geo.ts';
import type { IndexEntry, Location, Name, Park, Position } from './schema';

export type Bounds = [number, number, number, number];

/**
 * Catalogs up to this many parks load whole: after the first view, the rest follows in the
 * background, so the list, search and comparisons are complete and one visit caches everything
 * for offline use. Beyond it (the synthetic 2,500 parks), a park's file loads only when a view
 * needs it (selected, compared, on the list's page or in the map's view) and is cached as it is.
 */
export const EAGER_PARKS = 60;
export type IndexedName = { id: string; name: Name };

/**
 * What the atlas knows of a park before its file is loaded, from data/index.json: enough to list,
 * search, place and link it. A park whose file could not be summarised (it fails validation) has
 * its id for a name and no extent; loading it reports the problem by file name.
 */
export type ParkSummary = {
  id: string;
  file: string;
  parent?: string;
  name: Name;
  region?: string;
  regionZh?: string;
  reference: boolean;
  bbox?: Bounds;
  zones: readonly IndexedName[];
  projects: readonly IndexedName[];
};

export type ParkIndex = {
  parks: readonly ParkSummary[];
  byId: ReadonlyMap<string, ParkSummary>;
  /** Project id → park id, so `?project=` knows which file to load. */
  parkOfProject: ReadonlyMap<string, string>;
  childrenOf: ReadonlyMap<string, readonly ParkSummary[]>;
};

export function unionBounds(boxes: Bounds[]): Bounds | undefined {
  if (!boxes.length) return undefined;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

const pointBox = ([x, y]: Position): Bounds => [x, y, x, y];

/** A location as the map draws it: its point, or the ring of its uncertainty radius where it has one. */
export const locationBounds = (location: Location): Bounds =>
  location.uncertaintyM ? bboxOf(circlePolygon(location.point.coordinates, location.uncertaintyM)) : pointBox(location.point.coordinates);

/** A zone's extent: its boundary, or (none published) its location with its uncertainty. */
export function zoneBounds(zone: Park['zones'][number]): Bounds | undefined {
  if (zone.boundary) return bboxOf(zone.boundary.geometry);
  return zone.location && locationBounds(zone.location);
}

/**
 * The extent of a park as drawn: its boundary (or, none published, the ring of its location's
 * uncertainty) and its zones (a zone may lie outside the boundary), else its location.
 */
export function parkBounds(park: Park): Bounds {
  const own = park.boundary ? bboxOf(park.boundary.geometry) : park.location.uncertaintyM ? locationBounds(park.location) : undefined;
  const boxes = [
    ...(own ? [own] : []),
    ...park.zones.flatMap((z) => {
      const b = zoneBounds(z);
      return b ? [b] : [];
    }),
  ];
  return unionBounds(boxes) ?? locationBounds(park.location);
}

const tuple = ({ id, name }: { id: string; name: Name }): [string, string] | [string, string, string] =>
  name.zh ? [id, name.en, name.zh] : [id, name.en];

/** The index entry the build writes for a valid park file (scripts/vite-plugin-atlas-data.ts). */
export function summarise(park: Park, file = `parks/${park.id}.json`): IndexEntry {
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return {
    id: park.id,
    ...(file !== `parks/${park.id}.json` ? { file } : {}),
    ...(park.parentId ? { parent: park.parentId } : {}),
    name: park.name.zh ? { en: park.name.en, zh: park.name.zh } : { en: park.name.en },
    region: park.region.en,
    ...(park.region.zh ? { regionZh: park.region.zh } : {}),
    ...(park.reference ? { reference: true as const } : {}),
    bbox: parkBounds(park).map(round) as Bounds,
    zones: park.zones.map(tuple),
    projects: park.projects.map(tuple),
  };
}

const named = ([id, en, zh]: readonly [string, string, string?]): IndexedName => ({ id, name: zh ? { en, zh } : { en } });

/** The index's own [id, en, zh?] lists, for the project → park lookup without making every named object. */
const projectTuples = new WeakMap<ParkSummary, readonly (readonly [string, ...unknown[]])[]>();

/**
 * An index entry as the atlas reads it. Its projects' named objects are made when first read (the
 * search, a park's panel): at 100,000 projects making them all delayed a project link's panel.
 */
export function readEntry(entry: IndexEntry): ParkSummary {
  let projects: readonly IndexedName[] | undefined;
  const summary: ParkSummary = {
    id: entry.id,
    file: entry.file ?? `parks/${entry.id}.json`,
    ...(entry.parent ? { parent: entry.parent } : {}),
    name: entry.name ?? { en: entry.id },
    ...(entry.region ? { region: entry.region } : {}),
    ...(entry.regionZh ? { regionZh: entry.regionZh } : {}),
    reference: entry.reference === true,
    ...(entry.bbox ? { bbox: entry.bbox } : {}),
    zones: (entry.zones ?? []).map(named),
    get projects() {
      return (projects ??= (entry.projects ?? []).map(named));
    },
  };
  if (entry.projects) projectTuples.set(summary, entry.projects);
  return summary;
}

/**
 * The park of a project, as `parkOfProject.get(id)`, without making the whole map when nothing has
 * yet: a project link needs one answer, and a pass over the index's own lists costs a millisecond
 * where the map of 100,000 projects cost sixty before the panel could ask for its park's file.
 */
export function parkOfProjectId(index: ParkIndex, id: string): string | undefined {
  if (built.has(index)) return index.parkOfProject.get(id);
  for (const park of index.parks) {
    const tuples = projectTuples.get(park);
    if (tuples ? tuples.some((t) => t[0] === id) : park.projects.some((p) => p.id === id)) return park.id;
  }
  return undefined;
}
const built = new WeakSet<ParkIndex>();

const projectIdsOf = (park: ParkSummary): Iterable<string> => {
  const tuples = projectTuples.get(park);
  return tuples ? tuples.map((t) => t[0]) : park.projects.map((p) => p.id);
};

export function buildParkIndex(parks: readonly ParkSummary[]): ParkIndex {
  const childrenOf = new Map<string, ParkSummary[]>();
  for (const park of parks) if (park.parent) childrenOf.set(park.parent, [...(childrenOf.get(park.parent) ?? []), park]);
  let parkOfProject: Map<string, string> | undefined;
  const index: ParkIndex = {
    parks,
    byId: new Map(parks.map((p) => [p.id, p])),
    childrenOf,
    // Made on first use: the first view of a park or of the map does not need it.
    get parkOfProject() {
      if (!parkOfProject) {
        parkOfProject = new Map();
        for (const park of parks) for (const id of projectIdsOf(park)) if (!parkOfProject.has(id)) parkOfProject.set(id, park.id);
        built.add(index);
      }
      return parkOfProject;
    },
  };
  return index;
}

/** An index of parks already in hand (tests, and a catalog built without data/index.json). */
export const indexOfParks = (parks: readonly Park[]): ParkIndex => buildParkIndex(parks.map((p) => readEntry(summarise(p))));

/** The park and its ancestors, nearest first, as far as the index knows them. */
export function chainOf(index: ParkIndex, id: string): string[] {
  const chain: string[] = [];
  for (let p = index.byId.get(id); p && !chain.includes(p.id); p = p.parent ? index.byId.get(p.parent) : undefined) chain.push(p.id);
  return chain;
}

/** The park and every park nested in it, parents first. */
export function descendants(index: ParkIndex, id: string): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    if (out.includes(p)) return;
    out.push(p);
    for (const c of index.childrenOf.get(p) ?? []) visit(c.id);
  };
  visit(id);
  return out;
}

/** A project's name as the index gives it (its park need not be loaded). */
export const indexedProjectName = (index: ParkIndex, id: string): Name | undefined =>
  index.byId.get(parkOfProjectId(index, id) ?? '')?.projects.find((p) => p.id === id)?.name;
