import type { Feature, Geometry } from 'geojson';
import type { Bounds } from '../catalog/park-index';

/**
 * What the rest of the app may do with a map: the AtlasController implements it over MapLibre,
 * and tests implement it with a plain object (tests/unit/fake-map.ts). Nothing outside
 * atlas-map.tsx, atlas-controller.ts and its base map-adapter.ts holds MapLibre's own Map, so
 * the camera, the interactions, on-demand loading, the compare maps and the test hook read and
 * move a map only through these few calls.
 */
export type MapCamera = { center: [number, number]; zoom: number };
export type MapPadding = { top: number; right: number; bottom: number; left: number };
/** The map's size in CSS pixels, and how much of its bottom MapLibre's attribution covers. */
export type MapFrame = { width: number; height: number; attribution: number };
/** `duration` left out: MapLibre's default for an animated move. */
export type Motion = { animate: boolean; duration?: number; padding?: MapPadding };
/** A pixel of the map (x right, y down from its top-left corner). */
export type Pixel = [number, number];
/** A drawn feature as a query returns it: its layer, its properties and (read lazily by MapLibre) its geometry. */
export type MapFeature = { id?: string | number; layer: { id: string }; properties: Record<string, unknown>; geometry: Geometry };
/** A move made by the reader's own gesture, or one a follower made with `jump(…, { follow: true })`. */
export type MoveEvent = { byReader: boolean; follow: boolean };
export type MapEvents = {
  movestart: MoveEvent;
  move: MoveEvent;
  moveend: MoveEvent;
  pointermove: { point: Pixel };
  pointerleave: Record<string, never>;
  click: { point: Pixel };
};

export type MapApi = {
  /** The camera now (the centre as MapLibre holds it, not wrapped into −180…180). */
  camera(): MapCamera;
  /** The view's extent: west, south, east, north. */
  bounds(): Bounds;
  frame(): MapFrame;
  fit(bounds: Bounds, motion: Motion & { maxZoom: number }): void;
  ease(camera: MapCamera, motion: Motion): void;
  jump(camera: MapCamera, options?: { follow?: boolean }): void;
  /** Listens until the returned function is called. `move` fires every frame: only the compare maps' sync uses it. */
  on<K extends keyof MapEvents>(type: K, listener: (event: MapEvents[K]) => void): () => void;
  /** Features drawn at a pixel (everywhere in view without one), in those of `layers` the style has. */
  pick(layers: readonly string[], point?: Pixel): MapFeature[];
  /** Ids of the style's layers, in drawing order. */
  layerIds(): string[];
  /** Every feature a GeoJSON source holds, drawn or not. */
  sourceFeatures(source: string): Promise<Feature[]>;
  /** The zoom at which a cluster of a clustered source splits. */
  clusterZoom(source: string, clusterId: number): Promise<number>;
  /** The map pixel of a coordinate. */
  project(lngLat: [number, number]): Pixel;
  setCursor(cursor: string): void;
};
