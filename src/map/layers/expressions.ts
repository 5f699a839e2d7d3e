import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../catalog/format';

/** Source ids; layer ids start with the same `atlas-<kind>` so tests can ask by prefix. */
export const SOURCE = {
  parks: 'atlas-parks',
  zones: 'atlas-zones',
  parkPoints: 'atlas-park-points',
  zoneLabels: 'atlas-zone-labels',
  projects: 'atlas-projects',
  uncertainty: 'atlas-uncertainty',
  cities: 'atlas-cities',
} as const;

/** The hatch drawn over approximate boundaries; generated at run time (see hatch.ts), no sprite. */
export const HATCH_IMAGE = 'atlas-hatch';

/**
 * Names declared in the style's `font-faces`: Latin from Noto Sans, CJK from Noto Sans SC.
 * MapLibre walks the stack per code point, so one label can mix both.
 */
export const FONT_STACK = ['Noto Sans Regular', 'Noto Sans SC Regular'];

export const HALO = '#ffffff';
export const INK = '#1d2430';

const state = (name: 'selected' | 'hover'): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/** A paint value that follows selection and hover through feature-state (no re-tiling). */
export function byState<T extends number | string>(selected: T, hover: T, otherwise: T | ExpressionSpecification): ExpressionSpecification {
  return ['case', state('selected'), selected, state('hover'), hover, otherwise] as ExpressionSpecification;
}

/**
 * `value`, evaluated per feature though it is the same for each (from a property no feature has).
 * MapLibre compiles a WebGL program for each mix of constant and per-feature paint properties a
 * layer type is drawn with, and where WebGL runs in software (no GPU: the CI machine, remote
 * desktops, virtual machines) each program's first use held the first frame back.
 * Every atlas circle, line and label layer of a type now has the same mix, so each type draws
 * with one program: 9 programs, not 11, in the national view's first frame, which then took 500
 * ms instead of 633 to reach idle (median of 8 alternated loads; first idle 2315 → 2180 ms; issue
 * 13's notes). tests/unit/map-programs.test.ts keeps the mixes equal.
 */
export const perFeature = (value: string | number | number[]): ExpressionSpecification => [
  'coalesce',
  ['get', 'atlas-unset'],
  Array.isArray(value) ? ['literal', value] : value,
];

/** A cluster's disc (projects, cities): white-ringed, sized by its count, bound as every atlas circle layer. */
export const clusterPaint = (colour: string, opacity: number, radius: ExpressionSpecification) => ({
  'circle-color': perFeature(colour),
  'circle-opacity': perFeature(opacity),
  'circle-radius': atEveryZoom(radius),
  'circle-stroke-color': perFeature('#ffffff'),
  'circle-stroke-width': perFeature(2),
});

/** A per-feature value that is the same at every zoom, for a property other layers scale by zoom. */
export const atEveryZoom = (value: ExpressionSpecification): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  0,
  value,
  24,
  value,
];

export const isTrue = (property: string): ExpressionSpecification => ['==', ['get', property], true];
export const isFalse = (property: string): ExpressionSpecification => ['!=', ['get', property], true];

/** Two-line label: the reader's language first, the other one smaller beneath (when known). */
export function labelText(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return [
    'case',
    ['has', 'name_zh'],
    ['format', ['get', first], {}, '\n', {}, ['get', second], { 'font-scale': 0.82 }],
    ['get', 'name_en'],
  ];
}

/** One-line label for small things (projects): the reader's language where we have it. */
export function shortLabel(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['coalesce', ['get', 'name_zh'], ['get', 'name_en']] : ['get', 'name_en'];
}
