import { useUrlStore } from '../url/url-store';
import type { Selection } from './camera';
import type { MapApi } from './map-api';

/**
 * A small read-only window onto the map for browser tests (and for debugging in the console):
 * the WebGL canvas cannot be inspected, so tests ask the map what it drew.
 */
export type AtlasMapHook = {
  /** Ids (the catalog's: park id, `park-id/zone-id`, project id) of features drawn now, in layers whose id starts with the prefix. */
  renderedFeatureIds(layerIdPrefix?: string): string[];
  /**
   * Ids of every feature a GeoJSON source holds, drawn or not: projects whose site is unknown share
   * one point, and a cluster never splits them into features of their own.
   */
  sourceFeatureIds(sourceId: string): Promise<string[]>;
  /** The selection in the URL, and the features the map holds feature-state `selected` for (`source:id`). */
  getSelection(): Selection & { highlighted: string[] };
  getZoom(): number;
  getCenter(): [number, number];
  /** Viewport (page) pixel of a coordinate, for clicking on a feature. */
  project(lngLat: [number, number]): [number, number];
};

declare global {
  // Declaration merging into Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __atlasMap?: AtlasMapHook;
  }
}

export function installTestHook(map: MapApi, container: HTMLElement, highlighted: () => string[]): () => void {
  const hook: AtlasMapHook = {
    renderedFeatureIds(prefix = 'atlas-') {
      const layers = map.layerIds().filter((id) => id.startsWith(prefix));
      if (!layers.length) return [];
      // Clusters are not catalog features: their ids are MapLibre's own.
      const features = map.pick(layers).filter((f) => !f.properties.cluster);
      const ids = features.map((f) => f.id).filter((id) => id !== undefined && id !== null);
      return [...new Set(ids.map(String))].sort();
    },
    async sourceFeatureIds(sourceId) {
      const features = await map.sourceFeatures(sourceId);
      return features.map((f) => String(f.properties?.key ?? f.id)).sort();
    },
    getSelection() {
      const { park, zone, project } = useUrlStore.getState().state;
      return { park, zone, project, highlighted: highlighted() };
    },
    getZoom: () => map.camera().zoom,
    getCenter: () => map.camera().center,
    project(lngLat) {
      const [x, y] = map.project(lngLat);
      const rect = container.getBoundingClientRect();
      return [rect.left + x, rect.top + y];
    },
  };
  window.__atlasMap = hook;
  return () => {
    if (window.__atlasMap === hook) delete window.__atlasMap;
  };
}
