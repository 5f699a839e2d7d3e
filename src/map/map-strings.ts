import type { Lang } from '../catalog/format';
import { words, type Bilingual, type Vars } from '../i18n/bilingual';

/** The map's own words (legend, controls). Catalog names come from the catalog. */
const STRINGS = {
  map: { en: 'Map of the parks', zh: '园区地图' },
  legend: { en: 'Legend', zh: '图例' },
  legendPending: { en: 'The key appears with the parks…', zh: '图例将随园区数据一同显示……' },
  parks: { en: 'Parks', zh: '园区' },
  moreParks: { en: '…and {n} more parks', zh: '……另有 {n} 个园区' },
  boundaries: { en: 'Boundaries', zh: '边界' },
  boundaryDrawn: { en: 'Surveyed or digitised', zh: '测绘或数字化' },
  boundaryApprox: { en: 'Approximate: drawn from descriptions', zh: '近似：依据文字描述绘制' },
  referencePark: { en: 'Reference park (location only)', zh: '参照园区（仅位置）' },
  approxLocation: { en: 'Location approximate', zh: '位置为近似' },
  projects: { en: 'Projects by latest status', zh: '项目（按最新状态）' },
  projectsAsOf: { en: 'Projects by status as of the end of {date}', zh: '项目（按截至{date}的状态）' },
  siteUnknown: { en: 'Site unknown (shown in its zone)', zh: '具体地点不详（示于所在分区）' },
  cluster: { en: 'Group of projects: click to zoom in', zh: '项目组：点击放大' },
  stagePlanned: { en: 'small: planned', zh: '小：规划中' },
  stageBuilding: { en: 'dark ring: building', zh: '深色环：建设中' },
  stageOperating: { en: 'large: operating', zh: '大：已投产' },
  // Within a stage, statuses differ by colour only on the map; the exact one is always in words.
  exactStatus: { en: 'Exact status: in the project list and panel.', zh: '具体进度见项目列表和详情。' },
  resetView: { en: 'Reset view', zh: '重置视图' },
  resetViewHint: { en: 'Show all parks of this region', zh: '显示本地区所有园区' },
  basemap: { en: 'Basemap', zh: '底图' },
  offline: { en: 'Offline (default)', zh: '离线（默认）' },
  online: { en: 'Street map (online, OpenFreeMap)', zh: '街道地图（在线，OpenFreeMap）' },
  offlineShort: { en: 'offline', zh: '离线' },
  onlineShort: { en: 'street map', zh: '街道地图' },
  orientation: { en: 'Context map for orientation only', zh: '底图仅供参考定位' },
  // Maps at the same scale (compare view)
  sharedScaleHint: {
    en: 'Every map shows the same metres per pixel (the scale bars match), so areas compare by eye. Zoom or pan one map and the others follow.',
    zh: '所有地图比例尺相同（比例尺长度一致），可直接目测比较面积。缩放或平移任一地图，其他地图同步移动。',
  },
  sharedMapLabel: { en: 'Map of {name} at shared scale', zh: '{name}地图（统一比例）' },
  zoomInAll: { en: 'Zoom in (all maps)', zh: '放大（所有地图）' },
  zoomOutAll: { en: 'Zoom out (all maps)', zh: '缩小（所有地图）' },
  wheelHelp: { en: 'Use Ctrl + scroll to zoom the maps', zh: '按住 Ctrl 并滚动滚轮以缩放地图' },
  wheelHelpMac: { en: 'Use ⌘ + scroll to zoom the maps', zh: '按住 ⌘ 并滚动以缩放地图' },
  touchHelp: { en: 'Use two fingers to move the maps', zh: '用两根手指移动地图' },
  resetMaps: { en: 'Fit the largest park again', zh: '重新按最大园区适配' },
  approxBoundary: { en: 'approximate boundary', zh: '边界为近似' },
  locationOnly: { en: 'no boundary drawn: location only', zh: '未绘制边界：仅示位置' },
  areaNotStated: { en: 'area not stated', zh: '未公布面积' },
  alsoStated: { en: 'also stated: {values}', zh: '另有：{values}' },
  // Parks whose boundary nobody publishes (coverage issue)
  boundaryNotPublished: {
    en: 'Boundary not published: location, dotted ring = how far off it may be',
    zh: '边界未公布：标示位置，虚点圆圈表示可能偏差范围',
  },
  statedCircle: { en: 'stated area drawn as a circle; boundary not published', zh: '公布面积以圆形表示；边界未公布' },
  statedCircleRule: { en: 'circle of {value}: the largest area stated for the whole park', zh: '圆形面积 {value}：来源所述全园最大面积' },
  // The national view at many parks (coverage issue)
  cities: { en: 'Cities ({n})', zh: '城市（{n}）' },
  citiesList: { en: 'Show a city’s parks on the map', zh: '在地图上显示城市的园区' },
  cityMarker: { en: 'City with several parks: click to zoom in', zh: '多个园区所在城市：点击放大' },
  // After an estimated place's name in the basemap's labels.
  approxSuffix: { en: ' (approx.)', zh: '（约）' },
  mapsUnavailable: {
    en: 'The maps cannot be drawn in this browser (no WebGL); each park’s stated area is listed here.',
    zh: '此浏览器无法绘制地图（不支持 WebGL）；各园区公布面积如下。',
  },
} as const satisfies Record<string, Bilingual>;

export type MapStringKey = keyof typeof STRINGS;
export const mapText: (key: MapStringKey, lang: Lang, vars?: Vars) => string = words(STRINGS);
