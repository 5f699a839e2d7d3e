import type { Lang } from '../catalog/format';
import type { BasemapKind } from './basemap-switcher';
import type { AtlasData } from './layers/atlas-data';
import type { StateFlag } from './layers/feature-state';
import type { MapApi } from './map-api';
import type { MapVariant } from './map-options';
import type { MapLabels } from './use-map-labels';

// Apart from atlas-map.tsx so its slot and callers name them without reaching into MapLibre's chunk.

/** What a caller may do with a map once it exists: read and move it, listen to it (never MapLibre's own object). */
export type AtlasMapHandle = {
  map: MapApi;
  container: HTMLDivElement;
  selectedFeatures: () => string[];
  /** A PNG data: URL of the map as drawn now (for print); null when no frame comes. */
  snapshot: () => Promise<string | null>;
};

export type AtlasMapProps = {
  className: string;
  /** The camera the map opens with; later moves are the caller's, through the handle. */
  initialView: { center: [number, number]; zoom: number };
  data: AtlasData;
  catalogReady: boolean;
  /**
   * No catalog yet, so `data` is empty: the style waits for it (the map shows plain land). Composed
   * at once, the basemap was drawn over several frames and drawn again when the atlas's data came;
   * with its files preloaded that happened before a 100,000-project index was even parsed.
   */
  dataPending?: boolean;
  lang: Lang;
  flags: StateFlag[];
  basemap: BasemapKind;
  /**
   * 'atlas': the full-page map. 'mini': one of several small maps on a page that scrolls (the
   * compare view): zooming takes Ctrl + wheel or two fingers so the page still scrolls past it,
   * the scale bar sits bottom left, and the caller shows the attribution once for all maps.
   */
  variant?: MapVariant;
  /**
   * Accessible name of the map canvas (MapLibre's default is "Map"), of the zoom buttons, and the
   * hints a 'mini' map shows when a plain wheel or one finger does not move it. Keep the object
   * stable (memoised): it is applied whenever it changes, e.g. on a language switch.
   */
  labels?: MapLabels;
  /** data-* attributes for tests and styling; data-map-state is the map's own. */
  attributes?: Record<`data-${string}`, string>;
  /** Called once the map exists; may return a cleanup, run before the map is removed. */
  onReady?: (handle: AtlasMapHandle) => (() => void) | void;
};
