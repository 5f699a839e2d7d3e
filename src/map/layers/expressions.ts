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
