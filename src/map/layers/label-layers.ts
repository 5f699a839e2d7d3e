import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../catalog/format';
import { CITY_ZOOM } from './city-layers';
import { byState, FONT_STACK, HALO, INK, isFalse, isTrue, labelText, perFeature, SOURCE } from './expressions';

/**
 * A park with no boundary drawn (a reference park, or one still without geometry) is a marker:
 * filled when its location is known, a ring when it is approximate.
 */
export function parkMarkerLayers(): LayerSpecification[] {
  return [
    {
      id: 'atlas-park-marker',
      type: 'circle',
      source: SOURCE.parkPoints,
      filter: isFalse('drawn'),
      paint: {
        'circle-color': ['get', 'colour'],
        'circle-opacity': ['case', isTrue('approximate'), 0.25, 0.9],
        // Per feature by zoom, as every atlas circle layer (expressions.ts, perFeature).
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, perFeature(5), 10, perFeature(8)],
        'circle-stroke-color': byState(INK, INK, ['get', 'colour']),
        'circle-stroke-width': byState(3.5, 3, 2),
      },
    },
  ];
}

const common = { 'text-font': FONT_STACK, 'text-optional': false, 'text-padding': 3 } as const;

/**
 * Labels never overlap each other (text-allow-overlap false) and try several anchors before
 * giving up. MapLibre places symbol layers top-down, so the order returned here is bottom-up:
 * zone labels give way to park labels, which are what a reader looks for first.
 */
export function atlasLabelLayers(lang: Lang): LayerSpecification[] {
  const text = labelText(lang);
  return [
    {
      id: 'atlas-zone-label',
      type: 'symbol',
      source: SOURCE.zoneLabels,
      minzoom: 10,
      layout: {
        ...common,
        'text-field': text,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 11, 14, 13.5],
        'text-max-width': 8,
        'text-variable-anchor-offset': ['center', [0, 0], 'top', [0, 0.6], 'bottom', [0, -0.6], 'left', [0.6, 0], 'right', [-0.6, 0]],
        'text-allow-overlap': false,
      },
      paint: { 'text-color': perFeature(INK), 'text-halo-color': HALO, 'text-halo-width': 1.8, 'text-halo-blur': 0.3 },
    },
    // Two layers of one look: at the national view a park in a city marker (city-layers.ts) gives
    // its label to the city's; from CITY_ZOOM on, every park has its own.
    ...((
      [
        { id: 'atlas-park-label-overview', maxzoom: CITY_ZOOM, filter: isFalse('inCity') },
        { id: 'atlas-park-label', minzoom: CITY_ZOOM },
      ] as const
    ).map((variant) => ({
      ...variant,
      type: 'symbol',
      source: SOURCE.parkPoints,
      layout: {
        ...common,
        'text-field': text,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 12, 15],
        'text-max-width': 10,
        'text-letter-spacing': 0.02,
        // Pharma parks first, then development zones, new areas, reference parks; within a kind,
        // deeper parks are the specific ones (the Town inside the ETDZ inside the New Area).
        'symbol-sort-key': ['get', 'priority'],
        // Markers get offset anchors so the label sits beside the dot, drawn parks centre it.
        'text-variable-anchor-offset': [
          'case',
          isTrue('drawn'),
          ['literal', ['center', [0, 0], 'top', [0, 0.8], 'bottom', [0, -0.8]]],
          ['literal', ['left', [0.9, 0], 'right', [-0.9, 0], 'top', [0, 0.9], 'bottom', [0, -0.9]]],
        ],
        'text-allow-overlap': false,
      },
      paint: {
        'text-color': ['case', isTrue('reference'), '#4a5563', INK],
        'text-halo-color': HALO,
        'text-halo-width': 2,
        'text-halo-blur': 0.3,
      },
    })) as LayerSpecification[]),
  ];
}
