import type { Catalog, ProjectEntry } from '../../catalog/catalog';
import { industryMatches, treeMatches, zoneMatches, type Filters } from '../../catalog/selectors';
import type { Park, StatusStep, Zone } from '../../catalog/schema';

/** The URL's filters, as the map applies them. Absent or empty means "no filter". */
export type AtlasFilters = Filters;

/**
 * What the filters leave on the map. The rules are the catalog's selectors (so the list and the
 * map always agree): a park stays when it, one of its zones or a park nested in it matches; a
 * project matches through its park's or its zone's industries and its latest status. Park results
 * are computed once per park, so the whole pass stays O(parks + zones + projects).
 */
export type Visibility = ReturnType<typeof makeVisibility>;

export function makeVisibility(catalog: Catalog, filters: AtlasFilters) {
  const parks = new Map<string, boolean>();
  return {
    park: (park: Park) => {
      let shown = parks.get(park.id);
      if (shown === undefined) parks.set(park.id, (shown = treeMatches(catalog, park, filters)));
      return shown;
    },
    zone: (zone: Zone) => zoneMatches(zone, filters),
    /** A project whose step as of the filters' date (stepAt, read once by the caller) is `step`. */
    projectAt: ({ park, zone }: ProjectEntry, step: StatusStep) =>
      (!filters.status?.length || filters.status.includes(step.status)) && industryMatches(park, zone, filters),
  };
}
