import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../catalog/format';
import { mapText } from './map-strings';
import type { BasemapRole } from './basemap-manifest';
import { BASEMAP_COLOUR as C } from './basemap-colours';
import { FONT_STACK } from './layers/expressions';

const get = (p: string): ExpressionSpecification => ['get', p];
const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];
const kindIs = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/**
 * The reader's language first, the other beneath where the data has both, and an estimated place
 * says so in its label ("(approx.)" / "（约）"), not only in its marker.
 */
export function bilingual(lang: Lang): ExpressionSpecification {
  const [a, b] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return [
    'format',
    ['coalesce', get(a), get(b), ''],
    {},
    ['case', approximate, mapText('approxSuffix', lang), ''],
    { 'font-scale': 0.8, 'text-color': C.approxText },
    ['case', ['all', ['has', a], ['has', b]], ['concat', '\n', get(b)], ''],
    { 'font-scale': 0.82 },
  ];
}

const text = (lang: Lang, size: number | ExpressionSpecification, extra: Record<string, unknown> = {}) => ({
  'text-field': bilingual(lang),
  'text-font': FONT_STACK,
  'text-size': size,
  'text-max-width': 9,
  'text-padding': 4,
  ...extra,
});
const halo = (colour: string) => ({ 'text-color': colour, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 });

/**
 * Point markers and labels for one basemap layer. Markers (circles) come first, so the atlas's
 * geometry, inserted before the first label of any basemap, still draws beneath them.
 */
export function basemapLabelLayers(id: string, role: BasemapRole, lang: Lang): LayerSpecification[] {
  const source = `basemap-${id}`;
  const level = (name: string): ExpressionSpecification => ['==', ['get', 'level'], name];
  if (role === 'places') {
    return [
      {
        id: `basemap-${id}-province`,
        type: 'symbol',
        source,
        filter: level('province'),
        maxzoom: 7,
        layout: text(lang, 13),
        paint: halo(C.minorText),
      },
      {
        id: `basemap-${id}-city`,
        type: 'symbol',
        source,
        filter: level('city'),
        minzoom: 6,
        layout: text(lang, 13.5),
        paint: halo(C.placeText),
      },
      {
        id: `basemap-${id}-district`,
        type: 'symbol',
        source,
        minzoom: 9,
        filter: ['!', ['in', ['get', 'level'], ['literal', ['city', 'province']]]],
        layout: text(lang, 11.5),
        paint: halo(C.minorText),
      },
    ];
  }
  if (role === 'rail') {
    return [
      {
        id: `basemap-${id}-label`,
        type: 'symbol',
        source,
        minzoom: 11,
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: text(lang, 11, { 'symbol-placement': 'line', 'symbol-spacing': 400, 'text-max-angle': 30 }),
        paint: halo(C.rail),
      },
    ];
  }
  if (role !== 'landmarks') return [];
  const marked: ExpressionSpecification = ['all', isPoint, ['!', kindIs('city', 'lake', 'river')]];
  const station = kindIs('rail-station');
  return [
    {
      id: `basemap-${id}-marker`,
      type: 'circle',
      source,
      filter: marked,
      minzoom: 8,
      paint: {
        'circle-radius': ['case', station, 3, 4.5],
        'circle-color': ['case', station, '#ffffff', '#6b7280'],
        'circle-opacity': ['case', approximate, 0.35, 1],
        'circle-stroke-color': ['case', station, C.rail, '#ffffff'],
        'circle-stroke-width': ['case', station, 1.5, 1.2],
      },
    },
    {
      id: `basemap-${id}-city`,
      type: 'symbol',
      source,
      filter: ['all', isPoint, kindIs('city')],
      minzoom: 4,
      layout: text(lang, 15),
      paint: halo('#3d4651'),
    },
    {
      id: `basemap-${id}-water`,
      type: 'symbol',
      source,
      filter: ['all', isPoint, kindIs('lake', 'river')],
      minzoom: 9,
      layout: text(lang, 12),
      paint: halo(C.waterText),
    },
    {
      id: `basemap-${id}-label`,
      type: 'symbol',
      source,
      filter: ['all', marked, ['!', station]],
      minzoom: 9,
      layout: text(lang, 11.5, {
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-justify': 'auto',
      }),
      paint: halo('#4b5563'),
    },
    {
      id: `basemap-${id}-station`,
      type: 'symbol',
      source,
      filter: ['all', isPoint, station],
      minzoom: 12,
      layout: text(lang, 10.5, { 'text-variable-anchor': ['right', 'left'], 'text-radial-offset': 0.7, 'text-optional': true }),
      paint: halo(C.rail),
    },
  ];
}
