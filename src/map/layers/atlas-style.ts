import type {
  FontFacesSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../catalog/format';
import { areaFillLayers, areaHighlightLayers, areaLineLayers } from './area-layers';
import type { AtlasData } from './atlas-data';
import { CITY_CLUSTER_PROPERTIES, CITY_CLUSTER_RADIUS, CITY_ZOOM, cityLayers } from './city-layers';
import { SOURCE } from './expressions';
import { atlasLabelLayers, parkMarkerLayers } from './label-layers';
import { projectLabelLayers, projectLayers } from './project-layers';
import { uncertaintyLayers, zoneMarkerLayers } from './uncertainty-layers';

/** Clustering radius and the zoom beyond which every project is a point of its own. */
export const CLUSTER = { radius: 44, maxZoom: 13 } as const;

export function atlasSources(data: AtlasData): Record<string, GeoJSONSourceSpecification> {
  // promoteId: the catalog's own ids become feature ids, so feature-state and tests speak ids.
  const geojson = (d: AtlasData[keyof AtlasData]): GeoJSONSourceSpecification => ({ type: 'geojson', data: d, promoteId: 'key' });
  return {
    [SOURCE.parks]: geojson(data.parks),
    [SOURCE.zones]: geojson(data.zones),
    [SOURCE.parkPoints]: geojson(data.parkPoints),
    [SOURCE.zoneLabels]: geojson(data.zoneLabels),
    [SOURCE.uncertainty]: geojson(data.uncertainty),
    [SOURCE.cities]: {
      ...geojson(data.cities),
      cluster: true,
      clusterRadius: CITY_CLUSTER_RADIUS,
      clusterMaxZoom: CITY_ZOOM - 1,
      clusterProperties: CITY_CLUSTER_PROPERTIES,
    },
    [SOURCE.projects]: { ...geojson(data.projects), cluster: true, clusterRadius: CLUSTER.radius, clusterMaxZoom: CLUSTER.maxZoom },
  };
}

/** Geometry goes beneath every basemap label; atlas labels go above everything. */
export function atlasLayers(lang: Lang): { geometry: LayerSpecification[]; labels: LayerSpecification[] } {
  return {
    geometry: [
      ...areaFillLayers('park'),
      ...areaFillLayers('zone'),
      ...areaLineLayers('park'),
      ...areaLineLayers('zone'),
      ...areaHighlightLayers('park'),
      ...areaHighlightLayers('zone'),
      ...uncertaintyLayers(),
      ...zoneMarkerLayers(),
      ...parkMarkerLayers(),
      ...projectLayers(),
    ],
    // Symbol placement runs top-down: project labels (bottom) give way to zone and park labels.
    labels: [...projectLabelLayers(lang), ...atlasLabelLayers(lang), ...cityLayers(lang)],
  };
}

/**
 * Any basemap style (ours or an online one) plus the atlas: sources added, geometry inserted
 * before the basemap's first label so place names stay readable, atlas labels on top, and our
 * font faces merged so atlas labels look the same on every basemap.
 */
export function withAtlas(base: StyleSpecification, data: AtlasData, lang: Lang, fontFaces?: FontFacesSpecification): StyleSpecification {
  const { geometry, labels } = atlasLayers(lang);
  // Basemap point markers (circles) stay above the parks' fills, like its labels.
  const firstLabel = base.layers.findIndex((l) => l.type === 'symbol' || l.type === 'circle');
  const at = firstLabel === -1 ? base.layers.length : firstLabel;
  const faces = { ...fontFaces, ...base['font-faces'] };
  return {
    ...base,
    ...(Object.keys(faces).length ? { 'font-faces': faces } : {}),
    sources: { ...base.sources, ...atlasSources(data) },
    layers: [...base.layers.slice(0, at), ...geometry, ...base.layers.slice(at), ...labels],
  };
}
