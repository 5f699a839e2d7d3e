import type { Lang } from '../catalog/format';

/** The map's own words (legend, controls). Catalog names come from the catalog. */
const STRINGS = {
  map: { en: 'Map of the parks', zh: '园区地图' },
  legend: { en: 'Legend', zh: '图例' },
  parks: { en: 'Parks', zh: '园区' },
  moreParks: { en: '…and {n} more parks', zh: '……另有 {n} 个园区' },
  boundaries: { en: 'Boundaries', zh: '边界' },
  boundaryDrawn: { en: 'Surveyed or digitised', zh: '测绘或数字化' },
  boundaryApprox: { en: 'Approximate: drawn from descriptions', zh: '近似：依据文字描述绘制' },
  referencePark: { en: 'Reference park (location only)', zh: '参照园区（仅位置）' },
  approxLocation: { en: 'Location approximate', zh: '位置为近似' },
  projects: { en: 'Projects by latest status', zh: '项目（按最新状态）' },
  siteUnknown: { en: 'Site unknown (shown in its zone)', zh: '具体地点不详（示于所在分区）' },
  cluster: { en: 'Group of projects: click to zoom in', zh: '项目组：点击放大' },
  stagePlanned: { en: 'small: planned', zh: '小：规划中' },
  stageBuilding: { en: 'dark ring: building', zh: '深色环：建设中' },
  stageOperating: { en: 'large: operating', zh: '大：已投产' },
  resetView: { en: 'Reset view', zh: '重置视图' },
  resetViewHint: { en: 'Show all parks of this region', zh: '显示本地区所有园区' },
  basemap: { en: 'Basemap', zh: '底图' },
  offline: { en: 'Offline (default)', zh: '离线（默认）' },
  online: { en: 'Online', zh: '在线' },
  orientation: { en: 'Context map for orientation only', zh: '底图仅供参考定位' },
} as const;

export type MapStringKey = keyof typeof STRINGS;
export const mapText = (key: MapStringKey, lang: Lang): string => STRINGS[key][lang];
