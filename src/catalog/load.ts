import { zoneKey, type Catalog } from './catalog';
import { neededParks, type ViewOf } from './needed-parks';
import { EAGER_PARKS } from './park-index';
import { ParkLoader } from './park-loader';

export type LoadOptions = {
  base?: string;
  /** What the first view shows (the URL's state): the parks it needs load first. */
  first?: ViewOf;
  concurrency?: number;
  /**
   * Called with the catalog as it grows: first with the first view's parks (when there is a first
   * view), then, for a catalog loaded whole, after each third of the rest. Not called with the
   * catalog `loadCatalog` resolves to.
   */
  onPartial?: (catalog: Catalog) => void;
  /** 'auto' (default): whole up to EAGER_PARKS (src/catalog/park-index.ts), else only the first view. */
  mode?: 'auto' | 'whole';
};

/** Whether a catalog holds what the first view shows (a park that failed validation does not). */
function showsFirstView(catalog: Catalog, first: ViewOf): boolean {
  if (first.compare?.length) return first.compare.some((id) => catalog.parkById.has(id));
  if (first.project) return catalog.projectById.has(first.project);
  if (!first.park || !catalog.parkById.has(first.park)) return false;
  return !first.zone || catalog.zoneByKey.has(zoneKey(first.park, first.zone));
}

const mark = (name: string) => {
  if (typeof performance !== 'undefined') performance.mark?.(name);
};
const measure = (name: string, start: string) => {
  try {
    performance.measure?.(name, start);
  } catch {
    /* no such mark */
  }
};

/**
 * Loads the catalog through `loader` (data/index.json and sources.json, which index.html
 * preloads, then park files): the first view's parks first, shown through `onPartial` as soon as
 * they are in, then (for a catalog loaded whole) the rest in thirds. Never throws; resolves to
 * the catalog of everything loaded. The loader stays usable for parks asked for later.
 */
export async function loadCatalog(options: LoadOptions = {}, loader = new ParkLoader(options.base, options.concurrency)): Promise<Catalog> {
  const { first, onPartial, mode = 'auto' } = options;
  mark('atlas-catalog-start');
  await loader.open();
  const firstIds = first ? neededParks(loader.index, first).shown : [];
  const whole = mode === 'whole' || (mode === 'auto' && loader.total <= EAGER_PARKS);
  const rest = whole ? loader.index.parks.map((p) => p.id).filter((id) => !firstIds.includes(id)) : [];
  const publish = (catalog: Catalog) => {
    try {
      onPartial?.(catalog);
    } catch (error) {
      console.error(error); // the caller's bug must not stop the load
    }
  };
  if (firstIds.length) {
    await loader.load(firstIds);
    const partial = loader.snapshot();
    if (rest.length && first && showsFirstView(partial, first)) {
      measure('atlas-catalog-first-view', 'atlas-catalog-start');
      publish(partial);
    }
  }
  // All asked for at once (the loader keeps `concurrency` in flight): waiting for one batch before
  // asking for the next cost a task hop per batch, each behind whatever frame the map was drawing.
  // The catalog is republished after each third (each update rebuilds the indexes and map data).
  const third = Math.max(1, Math.ceil(rest.length / 3));
  let done = 0;
  await Promise.all(
    rest.map((id) =>
      loader.load([id]).then(() => {
        done++;
        if (firstIds.length && done % third === 0 && done < rest.length) publish(loader.snapshot());
      }),
    ),
  );
  await loader.sourcesReady();
  const catalog = loader.snapshot();
  measure('atlas-catalog-loaded', 'atlas-catalog-start');
  return catalog;
}
