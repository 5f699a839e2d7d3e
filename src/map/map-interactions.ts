import type { Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { hoverOf, type HoverTarget } from '../store/ui-store';
import type { Selection } from './camera';
import type { Bounds } from '../catalog/park-index';
import { SOURCE } from './layers/expressions';

/** Clickable layers, most specific first: a point on top of a zone wins over the zone. */
const PICK_ORDER = ['atlas-city-cluster', 'atlas-project-cluster', 'atlas-project-point', 'atlas-park-marker', 'atlas-zone-marker', 'atlas-zone-fill', 'atlas-uncertainty-fill', 'atlas-park-fill'];

export type Picked =
  | { kind: 'city'; bounds: Bounds }
  | { kind: 'cluster'; clusterId: number; center: [number, number] }
  | { kind: 'project' | 'park'; id: string }
  | { kind: 'zone'; park: string; zone: string };

/** The feature a reader means at a pixel; among nested parks, the deepest (the most specific). */
export function pick(map: MapLibreMap, point: [number, number]): Picked | undefined {
  const layers = PICK_ORDER.filter((id) => map.getLayer(id));
  if (!layers.length) return undefined;
  const features = map.queryRenderedFeatures(point, { layers });
  const rank = (f: MapGeoJSONFeature) => PICK_ORDER.indexOf(f.layer.id) * 100 - Number(f.properties.depth ?? 0);
  const top = [...features].sort((a, b) => rank(a) - rank(b))[0];
  if (!top) return undefined;
  const p = top.properties;
  switch (top.layer.id) {
    case 'atlas-city-cluster': return { kind: 'city', bounds: [Number(p.west), Number(p.south), Number(p.east), Number(p.north)] };
    case 'atlas-project-cluster':
      return { kind: 'cluster', clusterId: Number(p.cluster_id), center: (top.geometry as Point).coordinates as [number, number] };
    case 'atlas-project-point': return { kind: 'project', id: String(p.key) };
    case 'atlas-zone-fill': case 'atlas-zone-marker': return { kind: 'zone', park: String(p.park), zone: String(p.zone) };
    // A ring belongs to a zone when it carries one, else to its park.
    case 'atlas-uncertainty-fill': return p.zone ? { kind: 'zone', park: String(p.park), zone: String(p.zone) } : { kind: 'park', id: String(p.key) };
    default: return { kind: 'park', id: String(p.key) };
  }
}

export function selectionOf(picked: Picked): Selection | undefined {
  if (picked.kind === 'project') return { project: picked.id };
  if (picked.kind === 'zone') return { park: picked.park, zone: picked.zone };
  if (picked.kind === 'park') return { park: picked.id };
  return undefined;
}

type Handlers = {
  onHover: (hover: HoverTarget) => void; onSelect: (selection: Selection) => void;
  zoomTo: (center: [number, number], zoom: number) => void; fitTo: (bounds: Bounds) => void;
};

/** Wires hover and click; returns the function that unwires them. */
export function attachInteractions(map: MapLibreMap, { onHover, onSelect, zoomTo, fitTo }: Handlers): () => void {
  let last = '';
  const setHover = (hover: HoverTarget) => {
    const key = hover ? `${hover.kind}:${hover.id}` : '';
    if (key === last) return;
    last = key;
    onHover(hover);
  };
  const onMove = (e: MapMouseEvent) => {
    const picked = pick(map, [e.point.x, e.point.y]);
    map.getCanvas().style.cursor = !picked ? '' : picked.kind === 'cluster' || picked.kind === 'city' ? 'zoom-in' : 'pointer';
    setHover(hoverOf(picked && selectionOf(picked)));
  };
  const onLeave = () => { map.getCanvas().style.cursor = ''; setHover(null); };
  const onClick = (e: MapMouseEvent) => {
    const picked = pick(map, [e.point.x, e.point.y]);
    if (!picked) return;
    if (picked.kind === 'city') return fitTo(picked.bounds);
    if (picked.kind !== 'cluster') return onSelect(selectionOf(picked)!);
    const source = map.getSource(SOURCE.projects) as GeoJSONSource | undefined;
    void source?.getClusterExpansionZoom(picked.clusterId).then((zoom) => zoomTo(picked.center, zoom)).catch(() => undefined);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
  };
}
