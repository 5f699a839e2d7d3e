import type { Point } from 'geojson';
import { hoverOf, type HoverTarget } from '../store/ui-store';
import type { Selection } from './camera';
import type { Bounds } from '../catalog/park-index';
import { SOURCE } from './layers/expressions';
import type { MapApi, MapFeature, Pixel } from './map-api';

/** Clickable layers, most specific first: a point on top of a zone wins over the zone. */
const PICK_ORDER = [
  'atlas-city-cluster',
  'atlas-project-cluster',
  'atlas-project-point',
  'atlas-park-marker',
  'atlas-zone-marker',
  'atlas-zone-fill',
  'atlas-uncertainty-fill',
  'atlas-park-fill',
];

export type Picked =
  | { kind: 'city'; bounds: Bounds }
  | { kind: 'cluster'; clusterId: number; center: [number, number] }
  | { kind: 'project' | 'park'; id: string }
  | { kind: 'zone'; park: string; zone: string };

/** The feature a reader means at a pixel; among nested parks, the deepest (the most specific). */
export function pick(map: MapApi, point: Pixel): Picked | undefined {
  const features = map.pick(PICK_ORDER, point);
  const rank = (f: MapFeature) => PICK_ORDER.indexOf(f.layer.id) * 100 - Number(f.properties.depth ?? 0);
  const top = [...features].sort((a, b) => rank(a) - rank(b))[0];
  if (!top) return undefined;
  const p = top.properties;
  switch (top.layer.id) {
    case 'atlas-city-cluster':
      return { kind: 'city', bounds: [Number(p.west), Number(p.south), Number(p.east), Number(p.north)] };
    case 'atlas-project-cluster':
      return { kind: 'cluster', clusterId: Number(p.cluster_id), center: (top.geometry as Point).coordinates as [number, number] };
    case 'atlas-project-point':
      return { kind: 'project', id: String(p.key) };
    case 'atlas-zone-fill':
    case 'atlas-zone-marker':
      return { kind: 'zone', park: String(p.park), zone: String(p.zone) };
    // A ring belongs to a zone when it carries one, else to its park.
    case 'atlas-uncertainty-fill':
      return p.zone ? { kind: 'zone', park: String(p.park), zone: String(p.zone) } : { kind: 'park', id: String(p.key) };
    default:
      return { kind: 'park', id: String(p.key) };
  }
}

export function selectionOf(picked: Picked): Selection | undefined {
  if (picked.kind === 'project') return { project: picked.id };
  if (picked.kind === 'zone') return { park: picked.park, zone: picked.zone };
  if (picked.kind === 'park') return { park: picked.id };
  return undefined;
}

type Handlers = {
  onHover: (hover: HoverTarget) => void;
  onSelect: (selection: Selection) => void;
  zoomTo: (center: [number, number], zoom: number) => void;
  fitTo: (bounds: Bounds) => void;
};

/** Wires hover and click; returns the function that unwires them. */
export function attachInteractions(map: MapApi, { onHover, onSelect, zoomTo, fitTo }: Handlers): () => void {
  let last = '';
  const setHover = (hover: HoverTarget) => {
    const key = hover ? `${hover.kind}:${hover.id}` : '';
    if (key === last) return;
    last = key;
    onHover(hover);
  };
  const offs = [
    map.on('pointermove', ({ point }) => {
      const picked = pick(map, point);
      map.setCursor(!picked ? '' : picked.kind === 'cluster' || picked.kind === 'city' ? 'zoom-in' : 'pointer');
      setHover(hoverOf(picked && selectionOf(picked)));
    }),
    map.on('pointerleave', () => {
      map.setCursor('');
      setHover(null);
    }),
    map.on('click', ({ point }) => {
      const picked = pick(map, point);
      if (!picked) return;
      if (picked.kind === 'city') return fitTo(picked.bounds);
      if (picked.kind !== 'cluster') return onSelect(selectionOf(picked)!);
      void map
        .clusterZoom(SOURCE.projects, picked.clusterId)
        .then((zoom) => zoomTo(picked.center, zoom))
        .catch(() => undefined);
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
