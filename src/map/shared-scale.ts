import type { Bounds } from '../catalog/park-index';

/**
 * The arithmetic of maps side by side at one scale (the compare view): the one zoom that fits the
 * largest park, and how a pan of one map carries over to the others. Pure, in Web Mercator's unit
 * square (x east, y south, the world is 0…1 on both axes), which is what a zoom level scales:
 * at zoom z the world is TILE_SIZE · 2^z pixels wide, so on maps of one zoom a distance in these
 * units is the same number of pixels on every map.
 */
export type LngLat = [number, number];
export type MercatorPoint = [number, number];
export type Padding = number | { top: number; right: number; bottom: number; left: number };
export type SizePx = { width: number; height: number };
/** What every map shares: one ground zoom, and one ground offset of the map's centre from its own park's centre. */
export type SharedView = { zoom: number; offset: MercatorPoint };

/** MapLibre's world size at zoom 0, in CSS pixels. */
export const TILE_SIZE = 512;
/** Never closer than this when fitting (the atlas's own limit for a fitted park). */
export const MAX_SHARED_ZOOM = 15;
/** When no compared park has an extent (all are points): a neighbourhood in view, as for one park. */
export const POINT_SHARED_ZOOM = 12;
const MAX_LAT = 85.051129;

export function toMercator([lon, lat]: LngLat): MercatorPoint {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

export function fromMercator([x, y]: MercatorPoint): LngLat {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

const sides = (p: Padding) => (typeof p === 'number' ? { top: p, right: p, bottom: p, left: p } : p);

/** The centre of a box as a map centres it: the middle in Mercator, not the mean of the latitudes. */
export function boundsCentre([w, s, e, n]: Bounds): LngLat {
  const [x0, y0] = toMercator([w, n]);
  const [x1, y1] = toMercator([e, s]);
  return fromMercator([(x0 + x1) / 2, (y0 + y1) / 2]);
}

/** The zoom at which one box just fits a map of this size inside the padding; Infinity for a point. */
export function fitZoom([w, s, e, n]: Bounds, size: SizePx, padding: Padding = 0): number {
  const pad = sides(padding);
  const [x0, y0] = toMercator([w, n]);
  const [x1, y1] = toMercator([e, s]);
  const innerW = Math.max(1, size.width - pad.left - pad.right);
  const innerH = Math.max(1, size.height - pad.top - pad.bottom);
  const byWidth = x1 - x0 > 0 ? Math.log2(innerW / (TILE_SIZE * (x1 - x0))) : Infinity;
  const byHeight = y1 - y0 > 0 ? Math.log2(innerH / (TILE_SIZE * (y1 - y0))) : Infinity;
  return Math.min(byWidth, byHeight);
}

/**
 * Web Mercator stretches the ground by 1/cos(latitude): at one zoom, Changchun (44°N) draws 1.2×
 * longer (1.44× larger in area) than Hangzhou (30°N). So the maps share a *ground* zoom (the zoom
 * that would give this scale at the equator) and each map's own zoom is that plus log2(cos φ) of
 * its park's latitude: every map then shows the same metres per pixel and areas compare by eye.
 */
const log2Cos = (lat: number) => Math.log2(Math.cos((lat * Math.PI) / 180));
export const mapZoomAt = (groundZoom: number, lat: number) => groundZoom + log2Cos(lat);
export const groundZoomAt = (mapZoom: number, lat: number) => mapZoom - log2Cos(lat);

/**
 * The one ground zoom every map shows: the largest at which each compared park still fits its
 * map, i.e. the one that fits the largest of them on the ground. Parks known only as a point do
 * not constrain it. Maps are assumed to be of one size (the compare grid makes them so).
 */
export function computeSharedZoom(
  bboxes: readonly Bounds[],
  mapSizePx: SizePx,
  padding: Padding = 0,
  { maxZoom = MAX_SHARED_ZOOM, pointZoom = POINT_SHARED_ZOOM, minZoom = 0 } = {},
): number {
  const zooms = bboxes.map((b) => groundZoomAt(fitZoom(b, mapSizePx, padding), boundsCentre(b)[1])).filter(Number.isFinite);
  const zoom = zooms.length ? Math.min(...zooms) : pointZoom;
  return Math.max(minZoom, Math.min(maxZoom, zoom));
}

/** How far a map's centre sits from its park's centre, in Mercator units (the same pixels on every map of one zoom). */
export function panOffset(parkCentre: LngLat, mapCentre: LngLat): MercatorPoint {
  const [px, py] = toMercator(parkCentre);
  const [mx, my] = toMercator(mapCentre);
  return [mx - px, my - py];
}

/** Where a map centres to show its own park with the shared offset applied. */
export function centreFor(parkCentre: LngLat, offset: MercatorPoint): LngLat {
  const [px, py] = toMercator(parkCentre);
  return fromMercator([px + offset[0], Math.max(0, Math.min(1, py + offset[1]))]);
}

/**
 * The view a map that was moved by the reader hands to the others: its ground zoom, and its pan
 * as a ground offset (Mercator units × cos φ), so followers shift by the same distance on the ground.
 */
export function viewOf(parkCentre: LngLat, mapCentre: LngLat, zoom: number): SharedView {
  const [dx, dy] = panOffset(parkCentre, mapCentre);
  const k = Math.cos((parkCentre[1] * Math.PI) / 180);
  return { zoom: groundZoomAt(zoom, parkCentre[1]), offset: [dx * k, dy * k] };
}

/** The camera of one map under the shared view. */
export function cameraFor(parkCentre: LngLat, view: SharedView): { center: LngLat; zoom: number } {
  const k = Math.cos((parkCentre[1] * Math.PI) / 180);
  return { center: centreFor(parkCentre, [view.offset[0] / k, view.offset[1] / k]), zoom: mapZoomAt(view.zoom, parkCentre[1]) };
}

/** Size on screen, in CSS pixels, of a box at a zoom (to check what a reader sees). */
export function boxPixels([w, s, e, n]: Bounds, zoom: number): SizePx {
  const [x0, y0] = toMercator([w, n]);
  const [x1, y1] = toMercator([e, s]);
  const scale = TILE_SIZE * 2 ** zoom;
  return { width: (x1 - x0) * scale, height: (y1 - y0) * scale };
}
