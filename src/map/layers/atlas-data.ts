import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { zoneKey, type Catalog, type ProjectEntry } from '../../catalog/catalog';
import { chainOf } from '../../catalog/park-index';
import { circlePolygon } from '../../catalog/geo';
import type { Location, Name, Park } from '../../catalog/schema';
import { citiesOf, clusters } from '../cities';
import { parkColours, shade, zoneColour } from '../palette';
import { stepAt } from '../../catalog/as-of';
import { changedBetween, present, timeIndex } from '../../catalog/time-index';
import { rememberDiff } from './feature-diff';
import { makeVisibility, type AtlasFilters, type Visibility } from './filters';
import { labelPoint } from './label-point';

/** The GeoJSON the atlas sources hold. Every feature carries `key`, promoted to its feature id. */
export type AtlasData = {
  parks: FeatureCollection;
  zones: FeatureCollection;
  /** One point per park: the marker of a park without boundary, the label of every park. */
  parkPoints: FeatureCollection;
  zoneLabels: FeatureCollection;
  projects: FeatureCollection;
  /** Parks and zones whose boundary nobody publishes: a circle of their location's uncertainty radius. */
  uncertainty: FeatureCollection;
  /** At the national view, one marker per city of several parks close together (../cities.ts). */
  cities: FeatureCollection;
};

const names = (name: Name) => (name.zh ? { name_en: name.en, name_zh: name.zh } : { name_en: name.en });
const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry, properties });
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/**
 * Which park labels win where they collide at the overview (lower places first): the pharma
 * parks a reader looks for, then development zones, then new areas, reference parks last.
 */
export const LABEL_PRIORITY: Record<Park['kind'], number> = { 'pharma-park': 0, 'development-zone': 1, 'new-area': 2, 'reference-park': 3 };

/** The ring of a location's uncertainty, where the location has a radius. */
const ring = (location: Location, properties: Record<string, unknown>): Feature[] =>
  location.uncertaintyM
    ? [feature(circlePolygon(location.point.coordinates, location.uncertaintyM), { ...properties, radiusM: location.uncertaintyM })]
    : [];

export const emptyAtlasData = (): AtlasData => ({
  parks: collection([]),
  zones: collection([]),
  parkPoints: collection([]),
  zoneLabels: collection([]),
  projects: collection([]),
  uncertainty: collection([]),
  cities: collection([]),
});

/**
 * Catalog + filters → source data, in one O(n) pass. Filters are applied here rather than in
 * layer filters so that cluster counts count only what is shown. Language is not an input: every
 * feature carries both names and the label layers choose, so switching language never re-tiles.
 * Parks, zones and cities depend on the industry filter only: they are kept from the last call
 * while it holds, so a move of the timeline rebuilds the projects alone (and the map sends only them).
 */
export function buildAtlasData(catalog: Catalog, filters: AtlasFilters = {}, only?: ReadonlySet<string> | null): AtlasData {
  const areas = areasOf(catalog, filters);
  return { ...areas.data, projects: projectData(catalog, areas.shown, filters, only) };
}

type Areas = { key: string; data: Omit<AtlasData, 'projects'>; shown: ReadonlySet<string> };
const lastAreas = new WeakMap<Catalog, Areas>();

function areasOf(catalog: Catalog, filters: AtlasFilters): Areas {
  const key = JSON.stringify(filters.industry ?? []);
  const last = lastAreas.get(catalog);
  if (last?.key === key) return last;
  const areas = buildAreas(catalog, filters, key);
  lastAreas.set(catalog, areas);
  return areas;
}

function buildAreas(catalog: Catalog, filters: AtlasFilters, key: string): Areas {
  const colours = parkColours(catalog);
  const visible = makeVisibility(catalog, { industry: filters.industry });
  const depth = new Map(catalog.index.parks.map((p) => [p.id, chainOf(catalog.index, p.id).length - 1]));
  const { projects: _none, ...data } = emptyAtlasData();
  // Parents first: within one fill layer MapLibre draws features in source order.
  const parks: Park[] = catalog.parks.filter(visible.park).sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
  for (const park of parks) {
    const d = depth.get(park.id)!;
    const colour = colours.get(park.id)!;
    const common = { park: park.id, colour, outline: shade(colour, -0.15), depth: d, ...names(park.name) };
    if (park.boundary && !park.reference) {
      data.parks.features.push(
        feature(park.boundary.geometry, {
          key: park.id,
          ...common,
          approximate: park.boundary.confidence === 'approximate',
          // Containers (zones inside, or parks nested in it) are context: light and unhatched.
          container: park.zones.length > 0 || catalog.childrenOf.has(park.id),
        }),
      );
    }
    const drawn = !!park.boundary && !park.reference;
    data.parkPoints.features.push(
      feature(park.location.point, {
        key: park.id,
        ...common,
        reference: !!park.reference,
        drawn,
        noBoundary: !park.boundary,
        approximate: park.location.confidence !== 'exact',
        priority: LABEL_PRIORITY[park.reference ? 'reference-park' : park.kind] * 10 + (9 - Math.min(d, 9)),
      }),
    );
    if (!drawn) data.uncertainty.features.push(...ring(park.location, { key: park.id, ...common }));
    park.zones.forEach((zone, i) => {
      if (!visible.zone(zone)) return;
      const key = zoneKey(park.id, zone.id);
      const fill = zoneColour(colour, i);
      const props = { key, park: park.id, zone: zone.id, colour: fill, outline: shade(fill, -0.3), depth: d + 1, ...names(zone.name) };
      if (zone.boundary) {
        data.zones.features.push(feature(zone.boundary.geometry, { ...props, approximate: zone.boundary.confidence === 'approximate' }));
        data.zoneLabels.features.push(feature({ type: 'Point', coordinates: labelPoint(zone.boundary.geometry) }, props));
      } else if (zone.location) {
        // No published outline: the zone is its location (a marker and its label) and the ring of its uncertainty.
        data.zoneLabels.features.push(feature(zone.location.point, { ...props, noBoundary: true }));
        data.uncertainty.features.push(...ring(zone.location, props));
      }
    });
  }
  // A park known only from the index (not loaded yet, or its file failed) is a ring at the middle
  // of its extent: selecting it, or bringing it into view, loads the rest.
  for (const summary of catalog.index.parks) {
    if (catalog.parkById.has(summary.id) || !summary.bbox) continue;
    const [w, s, e, n] = summary.bbox;
    const colour = colours.get(summary.id)!;
    data.parkPoints.features.push(
      feature(
        { type: 'Point', coordinates: [(w + e) / 2, (s + n) / 2] },
        {
          key: summary.id,
          park: summary.id,
          colour,
          outline: shade(colour, -0.15),
          depth: depth.get(summary.id)!,
          ...names(summary.name),
          reference: summary.reference,
          drawn: false,
          approximate: true,
          pending: true,
        },
      ),
    );
  }
  // From the index, so a city counts its parks whether or not they have loaded (filters cannot judge those).
  const inCity = new Set<string>();
  for (const city of citiesOf(catalog.index).filter(clusters)) {
    const [w, s, e, n] = city.bounds;
    city.parks.forEach((id) => inCity.add(id));
    data.cities.features.push(
      feature(
        { type: 'Point', coordinates: [(w + e) / 2, (s + n) / 2] },
        {
          key: `city:${city.key}`,
          count: city.count,
          west: w,
          south: s,
          east: e,
          north: n,
          ...names(city.name),
        },
      ),
    );
  }
  for (const f of data.parkPoints.features) f.properties!.inCity = inCity.has(f.properties!.key as string);
  return { key, data, shown: new Set(parks.map((p) => p.id)) };
}

/**
 * One feature object per project and status, reused from build to build (feature-diff.ts compares
 * references). Its properties are only what the layers read: MapLibre walks every value of every
 * feature the timeline adds (10,000 for a year at 100,000 projects) before posting it to its worker.
 */
const projectFeatures = new WeakMap<object, { park: string; byStatus: Map<string, Feature> }>();

function projectFeature(
  entry: ProjectEntry,
  visible: Visibility,
  shown: ReadonlySet<string>,
  asOf: string | undefined,
  only?: ReadonlySet<string> | null,
): Feature | undefined {
  // `only`: the projects table's rows, when it narrows further (text, one park): the map shows those.
  if (!shown.has(entry.park.id) || (only && !only.has(entry.project.id))) return undefined;
  const { project } = entry;
  // As of the filters' date (the latest step when none): a project with none by then is not shown.
  const step = stepAt(project, asOf);
  if (!step || !visible.projectAt(entry, step)) return undefined;
  const status = step.status;
  let made = projectFeatures.get(project);
  if (made?.park !== entry.park.id) projectFeatures.set(project, (made = { park: entry.park.id, byStatus: new Map() }));
  let f = made.byStatus.get(status);
  if (!f) {
    const hollow = project.location.confidence === 'site-unknown' ? { siteUnknown: true } : undefined;
    made.byStatus.set(status, (f = feature(project.location.point, { key: project.id, status, ...hollow, ...names(project.name) })));
  }
  return f;
}

/** The last projects build per catalog: one slot per project (time-index.ts order), for the next date to patch. */
type ProjectsBuild = {
  key: string;
  shown: ReadonlySet<string>;
  only: ReadonlySet<string> | null;
  asOf: string | undefined;
  slots: (Feature | undefined)[];
  data: FeatureCollection;
};
const lastProjects = new WeakMap<Catalog, ProjectsBuild>();

/**
 * The projects' features. When only the date moved since the last build, just the projects dated
 * in between are read again (time-index.ts) and the change is handed to the map as a diff
 * (feature-diff.ts), so a year's move at 100,000 projects costs its few thousand changes. The date
 * cannot be a filter the worker applies to data it already holds: a GeoJSON source's `filter` is
 * fixed when the source is made (https://github.com/mapbox/mapbox-gl-js/issues/10722), and a layer
 * filter would leave cluster counts counting projects not yet on record.
 */
function projectData(
  catalog: Catalog,
  shown: ReadonlySet<string>,
  filters: AtlasFilters,
  only?: ReadonlySet<string> | null,
): FeatureCollection {
  const index = timeIndex(catalog);
  const key = JSON.stringify([filters.industry ?? [], filters.status ?? []]);
  const visible = makeVisibility(catalog, filters);
  const last = lastProjects.get(catalog);
  let slots: (Feature | undefined)[];
  if (last && last.key === key && last.shown === shown && last.only === (only ?? null)) {
    if (last.asOf === filters.asOf) return last.data;
    slots = last.slots;
    const remove: string[] = [],
      add: Feature[] = [];
    for (const at of changedBetween(index, last.asOf, filters.asOf)) {
      const before = slots[at],
        after = projectFeature(index.entries[at]!, visible, shown, filters.asOf, only);
      if (before === after) continue;
      if (before) remove.push(before.properties!.key as string);
      if (after) add.push(after);
      slots[at] = after;
    }
    const data = collection(present(slots));
    rememberDiff(last.data, data, { remove, add });
    lastProjects.set(catalog, { ...last, asOf: filters.asOf, data });
    return data;
  }
  slots = index.entries.map((entry) => projectFeature(entry, visible, shown, filters.asOf, only));
  const data = collection(present(slots));
  lastProjects.set(catalog, { key, shown, only: only ?? null, asOf: filters.asOf, slots, data });
  return data;
}

/**
 * One park's own features only (its boundary, zones, zone labels and point; no projects), for a
 * map that shows that park alone (the compare view's maps at one scale). Drawn alone, a park is a
 * container only of the zones drawn with it: a park whose nested parks are not shown gets the
 * ordinary fill and hatch, so every compared area is drawn with the same weight.
 */
export function onlyPark(data: AtlasData, parkId: string): AtlasData {
  const own = (fc: FeatureCollection) => collection(fc.features.filter((f) => f.properties?.park === parkId));
  const zones = own(data.zones);
  const parks = own(data.parks);
  parks.features = parks.features.map((f) => ({ ...f, properties: { ...f.properties, container: zones.features.length > 0 } }));
  return {
    parks,
    zones,
    parkPoints: own(data.parkPoints),
    zoneLabels: own(data.zoneLabels),
    projects: collection([]),
    uncertainty: own(data.uncertainty),
    cities: collection([]),
  };
}
