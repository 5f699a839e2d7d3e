import { chainOf, descendants, parkOfProjectId, type ParkIndex } from './park-index';

/**
 * What a view is, as far as loading goes: the URL's state (src/url/registry.ts) fits this shape.
 * Declared here so the catalog layer, below the URL's, can answer for the first view too.
 */
export type ViewOf = {
  park?: string;
  zone?: string;
  project?: string;
  compare?: readonly string[];
  view?: 'projects' | 'data' | 'changes';
  embed?: true;
};

/**
 * The parks a view needs, in the order to fetch them. `shown` is what the reader chose — the
 * selected or compared parks, each followed by its ancestors, then a selected park's child parks
 * (its panel lists them) — and goes ahead of everything queued. `listed` is what the projects
 * table runs over; it follows. Ids the index does not list need nothing: the panel says "not found".
 */
export type NeededParks = { shown: string[]; listed: string[] };

/** The park a selection is shown in (a project's park, or the park itself), if the index lists it. */
export function selectedParkId(index: ParkIndex, view: Pick<ViewOf, 'park' | 'project'>): string | undefined {
  const id = view.project ? parkOfProjectId(index, view.project) : view.park;
  return id !== undefined && index.byId.has(id) ? id : undefined;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * The one answer to "which parks does this view need?". The list's page and the map's view ask
 * for what they show on screen themselves (they follow scrolling and panning, not the link).
 */
export function neededParks(index: ParkIndex, view: ViewOf): NeededParks {
  // The Data page stands in for the map, the panel and the comparison: it reads downloads only.
  if (view.view === 'data') return { shown: [], listed: [] };
  if (view.compare?.length) return { shown: unique(view.compare.flatMap((id) => chainOf(index, id))), listed: [] };
  const selected = selectedParkId(index, view);
  const chain = selected ? chainOf(index, selected) : [];
  // A park's panel lists the parks inside it; a project's panel and the embedded card do not.
  const children = selected && !view.project && !view.embed ? (index.childrenOf.get(selected) ?? []).map((c) => c.id) : [];
  const shown = unique([...chain, ...children]);
  if (view.view !== 'projects') return { shown, listed: [] };
  // The table runs over the selected park and the parks nested in it, else over every park.
  const scope = view.park && index.byId.has(view.park) ? descendants(index, view.park) : index.parks.map((p) => p.id);
  return { shown, listed: scope.filter((id) => !shown.includes(id)) };
}
