import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { clusterPaint, FONT_STACK, HALO, INK, labelText, perFeature, SOURCE } from './expressions';
import type { Lang } from '../../catalog/format';

/**
 * Below this zoom (the national view) the parks of one city are one marker with their count and
 * the city's name; from it on, each park has its own label. Clicking the marker fits the city.
 */
export const CITY_ZOOM = 7;
export const CITY_COLOUR = '#1f4f82';

/**
 * Cities whose markers would overlap at the overview (Shanghai and Suzhou) merge into one: its
 * parks counted together, its names joined, its extent the union, so a click fits them all.
 */
export const CITY_CLUSTER_RADIUS = 34;
export const CITY_CLUSTER_PROPERTIES = {
  count: ['+', ['get', 'count']],
  west: ['min', ['get', 'west']],
  south: ['min', ['get', 'south']],
  east: ['max', ['get', 'east']],
  north: ['max', ['get', 'north']],
  // English only: a joined Chinese line would repeat English wherever a city has no Chinese name.
  name_en: [
    ['concat', ['accumulated'], ' · ', ['get', 'name_en']],
    ['get', 'name_en'],
  ],
} as const;

/** Placed last, so placed first: a city's name wins over any single park's label around it. */
export function cityLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'atlas-city-cluster',
      type: 'circle',
      source: SOURCE.cities,
      maxzoom: CITY_ZOOM,
      paint: {
        ...clusterPaint(CITY_COLOUR, 0.92, ['step', ['get', 'count'], 11, 3, 13, 6, 16, 12, 19]),
      },
    },
    {
      id: 'atlas-city-count',
      type: 'symbol',
      source: SOURCE.cities,
      maxzoom: CITY_ZOOM,
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': perFeature('#ffffff') },
    },
    {
      id: 'atlas-city-label',
      type: 'symbol',
      source: SOURCE.cities,
      maxzoom: CITY_ZOOM,
      layout: {
        'text-field': labelText(lang),
        'text-font': FONT_STACK,
        'text-size': 13,
        'text-max-width': 10,
        'text-variable-anchor-offset': ['left', [1.5, 0], 'right', [-1.5, 0], 'top', [0, 1.4], 'bottom', [0, -1.4]],
        'text-allow-overlap': false,
        'text-optional': false,
      },
      paint: { 'text-color': perFeature(INK), 'text-halo-color': HALO, 'text-halo-width': 2 },
    },
  ];
}
