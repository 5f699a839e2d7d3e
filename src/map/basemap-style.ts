import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../catalog/format';
import type { BasemapRole } from './basemap-manifest';
import { BASEMAP_COLOUR as C } from './basemap-colours';
import { basemapLabelLayers } from './basemap-labels';

/** One manifest layer with its data: the GeoJSON itself, or an absolute URL MapLibre fetches. */
export type BasemapLayerInput = { id: string; role: BasemapRole; data: FeatureCollection | string };
export type BasemapInput = { layers: readonly BasemapLayerInput[]; fontFaces?: FontFacesSpecification; lang: Lang };

const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const zoomWidth = (z0: number, w0: number, z1: number, w1: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  z0,
  w0,
  z1,
  w1,
];

/** Geometry layers for one role. Calm and low-contrast: the basemap is context for the parks. */
function geometryLayers(id: string, role: BasemapRole): LayerSpecification[] {
  const source = `basemap-${id}`;
  const line = (suffix: string, paint: Record<string, unknown>, extra: Partial<LayerSpecification> = {}) =>
    ({ id: `basemap-${id}${suffix}`, type: 'line', source, paint, layout: { 'line-join': 'round' }, ...extra }) as LayerSpecification;
  switch (role) {
    case 'land':
      return [{ id: `basemap-${id}`, type: 'fill', source, paint: { 'fill-color': C.land } }];
    case 'water':
      return [{ id: `basemap-${id}`, type: 'fill', source, paint: { 'fill-color': C.water } }];
    // Land the old shoreline data still draws as water (see scripts/basemap/xiasha.ts).
    case 'reclaimed':
      return [{ id: `basemap-${id}`, type: 'fill', source, paint: { 'fill-color': C.land } }];
    // A hand-placed river course, as wide as its channel (`width_m`; the Qiantang's ~1.3 km by
    // default) at every zoom: about 1.03 m a pixel at zoom 16 at these latitudes, halving per zoom out.
    case 'river-course': {
      const metres: ExpressionSpecification = ['coalesce', ['get', 'width_m'], 1300];
      return [
        line(
          '',
          {
            'line-color': C.water,
            'line-width': ['interpolate', ['exponential', 2], ['zoom'], 8, ['/', metres, 264], 16, ['/', metres, 1.03]],
          },
          { layout: { 'line-join': 'round', 'line-cap': 'round' } },
        ),
      ];
    }
    case 'river':
      return [line('', { 'line-color': C.river, 'line-width': zoomWidth(6, 0.6, 13, 2.4) })];
    case 'coast':
      return [line('', { 'line-color': C.coast, 'line-width': zoomWidth(5, 0.5, 12, 1.2) })];
    case 'border':
      return [line('', { 'line-color': C.border, 'line-width': 1.2, 'line-dasharray': [4, 2] })];
    case 'admin1':
      return [line('', { 'line-color': C.admin1, 'line-width': zoomWidth(4, 0.7, 10, 1.6) })];
    case 'admin2':
      return [line('', { 'line-color': C.admin2, 'line-width': zoomWidth(6, 0.6, 12, 1.3) }, { minzoom: 5 })];
    case 'admin3':
      return [line('', { 'line-color': C.admin3, 'line-width': 0.8, 'line-dasharray': [3, 2] }, { minzoom: 8 })];
    case 'outline':
      return [line('', { 'line-color': C.admin3, 'line-width': 0.7 })];
    case 'line':
      return [line('', { 'line-color': C.admin2, 'line-width': 0.8 })];
    case 'rail':
      return [
        // Line 8 is schematic (authored from a route description), hence the dashes.
        line('-casing', { 'line-color': '#ffffff', 'line-width': zoomWidth(8, 2, 14, 6) }, { filter: isLine, minzoom: 8 }),
        line(
          '',
          { 'line-color': C.rail, 'line-width': zoomWidth(8, 1, 14, 3), 'line-dasharray': [3, 1.5] },
          { filter: isLine, minzoom: 8 },
        ),
      ];
    default:
      return [];
  }
}

/**
 * The offline basemap (no request leaves the atlas's origin): GeoJSON sources only, no `glyphs`, no `sprite`; labels
 * drawn from the font files `font-faces` declares. Sea is the background, country fills are land,
 * detailed water is drawn over them, and administrative lines go on top of the fills.
 */
export function basemapStyle({ layers, fontFaces, lang }: BasemapInput): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const l of layers) sources[`basemap-${l.id}`] = { type: 'geojson', data: l.data };
  const ORDER: BasemapRole[] = [
    'land',
    'outline',
    'water',
    'coast',
    'reclaimed',
    'river-course',
    'river',
    'admin3',
    'admin2',
    'admin1',
    'border',
    'line',
    'rail',
  ];
  const geometry = ORDER.flatMap((role) => layers.filter((l) => l.role === role).flatMap((l) => geometryLayers(l.id, l.role)));
  const hasLand = layers.some((l) => l.role === 'land');
  return {
    version: 8,
    name: 'Pharma Parks Atlas — offline context',
    ...(fontFaces && Object.keys(fontFaces).length ? { 'font-faces': fontFaces } : {}),
    sources,
    layers: [
      // Without a land layer the background is land, so the map is never a sheet of water.
      { id: 'basemap-background', type: 'background', paint: { 'background-color': hasLand ? C.water : C.land } },
      ...geometry,
      ...layers.flatMap((l) => basemapLabelLayers(l.id, l.role, lang)),
    ],
  };
}
