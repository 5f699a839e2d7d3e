import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../catalog/format';
import type { ProjectStatus } from '../../catalog/schema';
import { STAGE_OF, STAGE_STYLE, STATUS_COLOUR, type Stage } from '../palette';
import { atEveryZoom, byState, clusterPaint, FONT_STACK, HALO, INK, isTrue, perFeature, shortLabel, SOURCE } from './expressions';

const isCluster: ExpressionSpecification = ['has', 'point_count'];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

const statusColour: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...(Object.entries(STATUS_COLOUR) as [ProjectStatus, string][]).flat(),
  '#8a8f98',
] as unknown as ExpressionSpecification;

// By status, through its stage: a stage carried as a property of its own would be one more value
// per feature for MapLibre to serialise whenever the timeline adds thousands of projects.
const byStage = (pick: (s: (typeof STAGE_STYLE)[Stage]) => number | string): ExpressionSpecification =>
  [
    'match',
    ['get', 'status'],
    ...(Object.entries(STAGE_OF) as [ProjectStatus, Stage][]).flatMap(([status, stage]) => [status, pick(STAGE_STYLE[stage])]),
    pick(STAGE_STYLE.planned),
  ] as unknown as ExpressionSpecification;

/**
 * Projects: clusters (so 100,000 points stay readable) and single points. A point says its status
 * twice: colour, and size + stroke by stage. A project whose site is unknown is a hollow ring
 * (placed in its zone or park only for orientation).
 */
export function projectLayers(): LayerSpecification[] {
  const siteUnknown = isTrue('siteUnknown');
  return [
    {
      id: 'atlas-project-cluster',
      type: 'circle',
      source: SOURCE.projects,
      filter: isCluster,
      paint: {
        ...clusterPaint('#36414f', 0.85, ['step', ['get', 'point_count'], 13, 10, 16, 100, 20, 1000, 25, 10000, 30]),
      },
    },
    {
      id: 'atlas-project-point',
      type: 'circle',
      source: SOURCE.projects,
      filter: notCluster,
      paint: {
        'circle-color': statusColour,
        'circle-opacity': ['case', siteUnknown, 0, 1],
        'circle-radius': atEveryZoom(byStage((s) => s.radius)),
        'circle-stroke-color': byState(INK, INK, ['case', siteUnknown, statusColour, byStage((s) => s.strokeColour)]),
        'circle-stroke-width': byState(4, 3, ['case', siteUnknown, 2.5, byStage((s) => s.stroke)]),
      },
    },
  ];
}

export function projectLabelLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'atlas-project-label',
      type: 'symbol',
      source: SOURCE.projects,
      filter: notCluster,
      minzoom: 13.5,
      layout: {
        'text-field': shortLabel(lang),
        'text-font': FONT_STACK,
        'text-size': 11.5,
        'text-max-width': 9,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-optional': true,
      },
      paint: { 'text-color': perFeature('#3a4350'), 'text-halo-color': HALO, 'text-halo-width': 1.5 },
    },
    {
      id: 'atlas-project-cluster-count',
      type: 'symbol',
      source: SOURCE.projects,
      filter: isCluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': perFeature('#ffffff') },
    },
  ];
}
