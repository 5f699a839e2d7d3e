import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { AREA_MINZOOM } from './area-layers';
import { byState, INK, isTrue, perFeature, SOURCE } from './expressions';

/**
 * Places whose boundary nobody publishes. They are drawn as the sources give them, a point, with
 * a ring of the location's uncertainty radius: a faint fill and a *dotted* line (round dots),
 * never the dashes and hatch of an approximate boundary nor the solid line of a drawn one, so a
 * reader cannot take the ring for an outline. The legend says what the ring means.
 */
export const UNCERTAINTY_DOTS = [0, 2.2];

export function uncertaintyLayers(): LayerSpecification[] {
  return [
    {
      id: 'atlas-uncertainty-fill',
      type: 'fill',
      source: SOURCE.uncertainty,
      minzoom: AREA_MINZOOM,
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': byState(0.12, 0.11, 0.06) },
    },
    {
      id: 'atlas-uncertainty-ring',
      type: 'line',
      source: SOURCE.uncertainty,
      minzoom: AREA_MINZOOM,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': byState(INK, INK, ['get', 'outline']),
        'line-width': byState(3, 2.6, 2),
        'line-opacity': perFeature(1),
        // Per feature, as every atlas line layer (expressions.ts, perFeature).
        'line-dasharray': perFeature(UNCERTAINTY_DOTS),
      },
    },
  ];
}

/**
 * A zone with no published outline is a small marker at its location (beneath its label), from
 * the zoom at which the outlined zones appear: no zone is drawn at the national view.
 */
export function zoneMarkerLayers(): LayerSpecification[] {
  return [
    {
      id: 'atlas-zone-marker',
      type: 'circle',
      source: SOURCE.zoneLabels,
      minzoom: AREA_MINZOOM,
      filter: isTrue('noBoundary'),
      paint: {
        'circle-color': ['get', 'colour'],
        // Per feature (by zoom for the radius), as every atlas circle layer (expressions.ts, perFeature).
        'circle-opacity': perFeature(0.5),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, perFeature(3), 13, perFeature(6)],
        'circle-stroke-color': ['get', 'outline'],
        'circle-stroke-width': perFeature(1.5),
      },
    },
  ];
}
