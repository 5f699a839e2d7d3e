import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { CITY_ZOOM } from './city-layers';
import { byState, HATCH_IMAGE, isFalse, isTrue, perFeature, SOURCE } from './expressions';

type Kind = 'park' | 'zone';

/**
 * Below this zoom a park is a few pixels wide (a 5 km zone is about 2 px at zoom 6), so the map shows
 * parks as markers and city groups (label-layers.ts, city-layers.ts) and does not draw areas at
 * all: layers hidden by zoom cost no tiles, shader programs or draws, and the national first view
 * reached its first idle 17% sooner (2.54 s → 2.11 s, .scratch/ab-idle.ts). One level before
 * CITY_ZOOM, where the park labels leave the overview, so the two overlap.
 */
export const AREA_MINZOOM = CITY_ZOOM - 1;

/**
 * How strongly each kind is drawn. Parks are the context their zones sit in, so they are lighter;
 * approximate geometry is lighter still, hatched and dashed (the legend explains why).
 */
const WEIGHT = {
  park: { fill: 0.3, fillApprox: 0.22, fillContainer: 0.07, fillHover: 0.3, fillSelected: 0.3, hatch: 0.45, line: 2.2 },
  zone: { fill: 0.5, fillApprox: 0.38, fillContainer: 0.38, fillHover: 0.55, fillSelected: 0.55, hatch: 0.6, line: 1.6 },
} as const;

/** A surveyed or digitised boundary is solid; an approximate one dashed ([dash, gap] in line widths). */
const SOLID = [1, 0];
export const DASHED = [3, 2];

const sourceOf = (kind: Kind) => (kind === 'park' ? SOURCE.parks : SOURCE.zones);

/** Fill and hatch of one kind: parks beneath zones, so these go first in the stack. */
export function areaFillLayers(kind: Kind): LayerSpecification[] {
  const w = WEIGHT[kind];
  const source = sourceOf(kind);
  return [
    {
      id: `atlas-${kind}-fill`,
      type: 'fill',
      source,
      minzoom: AREA_MINZOOM,
      paint: {
        'fill-color': ['get', 'colour'],
        'fill-opacity': byState(w.fillSelected, w.fillHover, [
          'case',
          isTrue('container'),
          w.fillContainer,
          isTrue('approximate'),
          w.fillApprox,
          w.fill,
        ]),
      },
    },
    {
      // A container leaves the hatch to what it contains, so no area is hatched twice.
      id: `atlas-${kind}-hatch`,
      type: 'fill',
      source,
      minzoom: AREA_MINZOOM,
      filter: ['all', isTrue('approximate'), isFalse('container')],
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': w.hatch },
    },
  ];
}

/** Outlines (solid when surveyed or digitised, dashed when approximate) and the highlight. */
export function areaLineLayers(kind: Kind): LayerSpecification[] {
  const w = WEIGHT[kind];
  const source = sourceOf(kind);
  // Per feature, as every atlas line layer (expressions.ts, perFeature): one WebGL program for all.
  const line = {
    'line-color': ['get', 'outline'] as ExpressionSpecification,
    'line-width': perFeature(w.line),
    'line-opacity': perFeature(1),
  };
  return [
    {
      id: `atlas-${kind}-outline`,
      type: 'line',
      source,
      minzoom: AREA_MINZOOM,
      filter: isFalse('approximate'),
      paint: { ...line, 'line-dasharray': perFeature(SOLID) },
    },
    {
      id: `atlas-${kind}-outline-approx`,
      type: 'line',
      source,
      minzoom: AREA_MINZOOM,
      filter: isTrue('approximate'),
      layout: { 'line-cap': 'butt' },
      paint: { ...line, 'line-dasharray': perFeature(DASHED) },
    },
  ];
}

/** Selection and hover drawn on top of every outline: a white casing, then a dark line. */
export function areaHighlightLayers(kind: Kind): LayerSpecification[] {
  const source = sourceOf(kind);
  return [
    {
      id: `atlas-${kind}-highlight-casing`,
      type: 'line',
      source,
      minzoom: AREA_MINZOOM,
      paint: {
        'line-color': perFeature('#ffffff'),
        'line-width': byState(6, 5, 0),
        'line-opacity': byState(0.9, 0.7, 0),
        'line-dasharray': perFeature(SOLID),
      },
    },
    {
      id: `atlas-${kind}-highlight`,
      type: 'line',
      source,
      minzoom: AREA_MINZOOM,
      paint: {
        'line-color': perFeature('#1f2937'),
        'line-width': byState(3, 2.5, 0),
        'line-opacity': byState(1, 0.8, 0),
        // Still dashed when the boundary is approximate: selecting it must not make it look surveyed.
        'line-dasharray': ['case', isTrue('approximate'), ['literal', [2.5, 1.5]], ['literal', SOLID]],
      },
    },
  ];
}
