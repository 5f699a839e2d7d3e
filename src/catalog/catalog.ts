import { indexOfParks, parkOfProjectId, type ParkIndex } from './park-index';
import type { Park, Project, Source, Zone } from './schema';
import type { Problem } from './validate';

export type ProjectEntry = { project: Project; park: Park; zone: Zone | undefined };
export type ZoneEntry = { zone: Zone; park: Park };

/**
 * The read-only catalog the app works from: the parks loaded so far, indexes over them, and the
 * index of every park (data/index.json), loaded or not. With a small catalog every park loads;
 * with a large one only those a view needs (src/store/catalog-store.ts).
 */
export type Catalog = {
  /** Loaded parks, in index order. */
  parks: readonly Park[];
  index: ParkIndex;
  sources: ReadonlyMap<string, Source>;
  parkById: ReadonlyMap<string, Park>;
  /** Keyed `${parkId}/${zoneId}`: zone ids are unique within their park only. */
  zoneByKey: ReadonlyMap<string, ZoneEntry>;
  projectById: ReadonlyMap<string, ProjectEntry>;
  childrenOf: ReadonlyMap<string, readonly Park[]>;
  /** Parks the index lists whose file was fetched but could not be used (its problems say why). */
  unavailable: ReadonlySet<string>;
  problems: readonly Problem[];
};

export const zoneKey = (parkId: string, zoneId: string) => `${parkId}/${zoneId}`;

export function buildCatalog(
  parks: readonly Park[],
  sources: readonly Source[],
  problems: readonly Problem[] = [],
  index: ParkIndex = indexOfParks(parks),
  unavailable: ReadonlySet<string> = new Set(),
): Catalog {
  const parkById = new Map(parks.map((p) => [p.id, p]));
  const zoneByKey = new Map<string, ZoneEntry>();
  const projectById = new Map<string, ProjectEntry>();
  const childrenOf = new Map<string, Park[]>();
  for (const park of parks) {
    const zones = new Map(park.zones.map((zone) => [zone.id, zone]));
    for (const zone of park.zones) zoneByKey.set(zoneKey(park.id, zone.id), { zone, park });
    for (const project of park.projects) {
      projectById.set(project.id, { project, park, zone: project.zoneId ? zones.get(project.zoneId) : undefined });
    }
    if (park.parentId) childrenOf.set(park.parentId, [...(childrenOf.get(park.parentId) ?? []), park]);
  }
  return {
    parks,
    index,
    sources: new Map(sources.map((s) => [s.id, s])),
    parkById,
    zoneByKey,
    projectById,
    childrenOf,
    unavailable,
    problems,
  };
}

/**
 * Whether an id exists, loaded or not: links and "not found" go by the index, so a park that has
 * not loaded yet reads "loading", never "not found".
 */
export const knowsPark = (catalog: Catalog, id: string): boolean => catalog.index.byId.has(id);
export const knowsProject = (catalog: Catalog, id: string): boolean => parkOfProjectId(catalog.index, id) !== undefined;
export const knowsZone = (catalog: Catalog, parkId: string, zoneId: string): boolean =>
  catalog.index.byId.get(parkId)?.zones.some((z) => z.id === zoneId) ?? false;

/** Listed in the index, neither loaded nor failed: its file is on its way (or has not been asked for). */
export const isPending = (catalog: Catalog, parkId: string): boolean =>
  knowsPark(catalog, parkId) && !catalog.parkById.has(parkId) && !catalog.unavailable.has(parkId);

/** Parent chain, nearest first: Hangzhou Biopharma Town → ETDZ → Qiantang New Area. */
export function ancestorsOf(catalog: Catalog, park: Park): Park[] {
  const chain: Park[] = [];
  const seen = new Set<string>([park.id]);
  let parent = park.parentId ? catalog.parkById.get(park.parentId) : undefined;
  while (parent && !seen.has(parent.id)) {
    chain.push(parent);
    seen.add(parent.id);
    parent = parent.parentId ? catalog.parkById.get(parent.parentId) : undefined;
  }
  return chain;
}
