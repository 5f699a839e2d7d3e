import type { GeoJSON } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapLibreEvent, Source, Style } from 'maplibre-gl';
import type { Bounds } from '../catalog/park-index';
import type { SourceUpdate } from './layers/source-updates';
import type { MapCamera, MapEvents, MapFeature, Motion, Pixel } from './map-api';

/** MapApi's events by MapLibre's names; a follower's jump carries FOLLOW in its events. */
const EVENT = {
  movestart: 'movestart',
  move: 'move',
  moveend: 'moveend',
  pointermove: 'mousemove',
  pointerleave: 'mouseout',
  click: 'click',
} as const;
const FOLLOW = { follow: true } as const;
type RawEvent = MapLibreEvent & { follow?: boolean; point?: { x: number; y: number } };
/**
 * MapApi's camera, events and queries over one MapLibre map, and the sending of source data:
 * the part of AtlasController (atlas-controller.ts) that only translates, so that the controller
 * itself keeps the atlas's state (data, language, flags, basemap) and when each reaches the map.
 */
export class MapAdapter {
  constructor(protected readonly map: MapLibreMap) {}

  /**
   * A source of the style, if the map has a style yet: the map is made without one (atlas-map.tsx)
   * and MapLibre's getSource and getLayer throw until it has.
   */
  protected source<T extends Source = Source>(id: string): T | undefined {
    return this.hasStyle() ? this.map.getSource<T>(id) : undefined;
  }

  protected hasStyle(): boolean {
    return (this.map.style as Style | undefined) !== undefined;
  }

  camera(): MapCamera {
    return { center: this.map.getCenter().toArray() as [number, number], zoom: this.map.getZoom() };
  }

  bounds(): Bounds {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  frame() {
    const el = this.map.getContainer();
    // MapLibre's own control, in its own container (the only class name read here).
    const attribution = el.querySelector('.maplibregl-ctrl-attrib')?.getBoundingClientRect().height ?? 0;
    return { width: el.clientWidth, height: el.clientHeight, attribution };
  }

  fit([w, s, e, n]: Bounds, { animate, duration, padding, maxZoom }: Motion & { maxZoom: number }): void {
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { animate, padding, maxZoom, essential: false, ...(duration === undefined ? {} : { duration }) },
    );
  }

  ease({ center, zoom }: MapCamera, { animate, duration, padding }: Motion): void {
    this.map.easeTo({ center, zoom, animate, padding, essential: false, ...(duration === undefined ? {} : { duration }) });
  }

  jump({ center, zoom }: MapCamera, { follow = false } = {}): void {
    this.map.jumpTo({ center, zoom }, follow ? FOLLOW : undefined);
  }

  on<K extends keyof MapEvents>(type: K, listener: (event: MapEvents[K]) => void): () => void {
    const name = EVENT[type];
    const handler = (e: RawEvent) =>
      listener(
        (name === 'mouseout'
          ? {}
          : e.point
            ? { point: [e.point.x, e.point.y] }
            : { byReader: !!e.originalEvent && e.follow !== true, follow: e.follow === true }) as MapEvents[K],
      );
    this.map.on(name, handler);
    return () => {
      this.map.off(name, handler);
    };
  }

  pick(layers: readonly string[], point?: Pixel): MapFeature[] {
    const present = this.hasStyle() ? layers.filter((id) => this.map.getLayer(id)) : [];
    if (!present.length) return [];
    return point ? this.map.queryRenderedFeatures(point, { layers: present }) : this.map.queryRenderedFeatures({ layers: present });
  }

  layerIds(): string[] {
    return (this.map.getStyle()?.layers ?? []).map((l) => l.id);
  }

  async sourceFeatures(source: string) {
    const data = await this.source<GeoJSONSource>(source)?.getData();
    return data && 'features' in data ? data.features : [];
  }

  clusterZoom(source: string, clusterId: number): Promise<number> {
    const s = this.source<GeoJSONSource>(source);
    return s ? s.getClusterExpansionZoom(clusterId) : Promise.reject(new Error(`no source ${source}`));
  }

  project(lngLat: [number, number]): Pixel {
    const p = this.map.project(lngLat);
    return [p.x, p.y];
  }

  setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }

  /** Sends each update to its source; false when none of them has a source in the style yet. */
  protected post(updates: readonly SourceUpdate[]): boolean {
    let sent = false;
    for (const { id, data, diff } of updates) {
      const source = this.source<GeoJSONSource>(id);
      if (!source) continue;
      sent = true;
      // A source that cannot take a diff (its data not yet keyed in MapLibre) gets the whole collection.
      const whole = () => source.setData(data as GeoJSON);
      if (!diff) whole();
      else
        try {
          source.updateData(diff).catch(whole);
        } catch {
          whole();
        }
    }
    return sent;
  }

  /**
   * A PNG data: URL of the map as drawn in its next frame (for print); null when no frame comes in
   * time. The drawing buffer is not preserved (faster), so the canvas is read inside that frame's
   * `render`. `drawn` says whether frames are drawn yet: a new map's first frames run but are not
   * drawn (complete-first-draw.ts), and their `render` would read an empty canvas.
   */
  snapshot(drawn: () => boolean = () => true, waitMs = 3000): Promise<string | null> {
    const map = this.map;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        map.off('render', read);
        resolve(null);
      }, waitMs);
      function read() {
        if (!drawn()) {
          map.once('render', read);
          return;
        }
        clearTimeout(timer);
        try {
          resolve(map.getCanvas().toDataURL('image/png'));
        } catch {
          resolve(null);
        }
      }
      map.once('render', read);
      map.triggerRepaint();
    });
  }
}
