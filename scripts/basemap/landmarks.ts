/**
 * Landmarks authored by hand from /work/shared/FACTS.md (not from any package). Every feature
 * carries the FACTS source address and whether its position is approximate. Rows FACTS marks
 * EST, and every Line 8 vertex or station other than the sourced southern terminus, are
 * estimates and flagged `approximate: true`; the app must draw and label them as such.
 * `name_zh` appears only where FACTS gives the Chinese name.
 */
import type { Position } from './decode.ts';
import { parkCityLandmarks } from './landmarks-parks.ts';

export type LandmarkKind = 'airport' | 'port' | 'rail-line' | 'rail-station' | 'university-city' | 'lake' | 'river' | 'city';

export type LandmarkProps = {
  id: string;
  name_en: string;
  name_zh?: string;
  kind: LandmarkKind;
  approximate: boolean;
  /** FACTS confidence for the position: high, medium-high, medium, low, or estimated. */
  confidence: string;
  source: string;
  note?: string;
};

export type Landmark = {
  props: LandmarkProps;
  geometry: { type: 'Point'; coordinates: Position } | { type: 'LineString'; coordinates: Position[] };
};

const WIKI = {
  changchun: 'https://en.wikipedia.org/wiki/Changchun',
  longjia: 'Wikipedia article "Changchun Longjia International Airport"',
  hangzhou: 'Wikipedia article "Hangzhou"',
  westLake: 'Wikipedia article "West Lake" (UNESCO site 1334)',
  qiantangBridge: 'Wikipedia article "Qiantang River Bridge"',
  wenhai: 'Wikipedia article "South Wenhai Road station"',
  beihuanchenglu: 'Chinese Wikipedia article 北环城路站',
};
const LINE8_ROUTE = 'http://jl.people.com.cn/BIG5/n2/2020/0827/c349771-34255027.html';
const LAND_PORT = 'https://lingbiren.com/html/378825.html';
const LAND_PORT_ZH = 'https://1qeqrv.hznaoa.cn/doc/gfkb';
const XIASHA = 'http://it-hzrb.hangzhou.com.cn/system/2010/09/01/010905014.shtml';

/** Builds a point; FACTS and humans write "lat, lon", GeoJSON wants [lon, lat]. */
function point(lat: number, lon: number, props: LandmarkProps): Landmark {
  return { props, geometry: { type: 'Point', coordinates: [lon, lat] } };
}

/**
 * Changchun Rail Transit Line 8, south to north. Only the southern terminus 北环城路 is sourced
 * (43.94660, 125.31901). The rest is a schematic of the described route — north along
 * 北亚泰大街, east along 龙湖大路, north along 北远达大街, then 地理路 and 中科大街 — spaced to
 * the line's 13.3 km and 12 stations (railwaygazette, in FACTS). Station order is "medium".
 * Street positions were NOT looked up: every one of these vertices is an estimate.
 */
const LINE8_STATIONS: { zh: string; pinyin: string; lat: number; lon: number }[] = [
  { zh: '北环城路', pinyin: 'North Ring Road', lat: 43.9466, lon: 125.31901 },
  { zh: '一二三中学', pinyin: "Yi'ersan Zhongxue", lat: 43.956, lon: 125.319 },
  { zh: '小南', pinyin: 'Xiaonan', lat: 43.965, lon: 125.319 },
  { zh: '小城子街', pinyin: 'Xiaochengzi Jie', lat: 43.9745, lon: 125.3192 },
  { zh: '北湖大桥', pinyin: 'Beihu Daqiao', lat: 43.984, lon: 125.3195 },
  { zh: '北湖公园', pinyin: 'Beihu Gongyuan', lat: 43.9935, lon: 125.32 },
  { zh: '和安街', pinyin: "He'an Jie", lat: 44.001, lon: 125.333 },
  { zh: '光机路', pinyin: 'Guangji Lu', lat: 44.0015, lon: 125.348 },
  { zh: '大学城路', pinyin: 'Daxuecheng Lu', lat: 44.009, lon: 125.36 },
  { zh: '地理所', pinyin: 'Dilisuo', lat: 44.016, lon: 125.364 },
  { zh: '奥林匹克公园', pinyin: 'Aolinpike Gongyuan', lat: 44.018, lon: 125.379 },
  { zh: '广通路', pinyin: 'Guangtong Lu', lat: 44.026, lon: 125.383 },
];

/** Bends of the schematic line where it turns from one described street to the next. */
const LINE8_BENDS: Record<string, Position> = {
  // After 北湖公园 the line leaves 北亚泰大街 for 龙湖大路 (eastward).
  北湖公园: [125.3203, 44.0005],
  // After 光机路 it turns north onto 北远达大街.
  光机路: [125.36, 44.0017],
};

function line8(): Landmark[] {
  const coordinates: Position[] = [];
  for (const s of LINE8_STATIONS) {
    coordinates.push([s.lon, s.lat]);
    const bend = LINE8_BENDS[s.zh];
    if (bend) coordinates.push(bend);
  }
  const line: Landmark = {
    props: {
      id: 'changchun-rail-line-8',
      name_en: 'Changchun Rail Transit Line 8',
      kind: 'rail-line',
      approximate: true,
      confidence: 'estimated',
      source: `${WIKI.beihuanchenglu}; ${LINE8_ROUTE}`,
      note: 'Schematic: only the southern terminus is sourced; the route follows the described streets, positions estimated.',
    },
    geometry: { type: 'LineString', coordinates },
  };
  const stations = LINE8_STATIONS.map((s, i) => {
    const terminus = i === 0;
    return point(s.lat, s.lon, {
      id: `changchun-line-8-station-${String(i + 1).padStart(2, '0')}`,
      name_en: s.pinyin,
      name_zh: s.zh,
      kind: 'rail-station',
      approximate: !terminus,
      confidence: terminus ? 'medium-high' : 'estimated',
      source: terminus ? WIKI.beihuanchenglu : LINE8_ROUTE,
      note: terminus
        ? 'Southern terminus of Line 8.'
        : `Line 8 station ${i + 1} of 12 (order medium); position estimated along the described route. name_en is a pinyin transliteration, not an official English name.`,
    });
  });
  return [line, ...stations];
}

export function landmarks(): Landmark[] {
  return [
    point(43.897, 125.326, {
      id: 'changchun-centre',
      name_en: 'Changchun',
      kind: 'city',
      approximate: false,
      confidence: 'high',
      source: WIKI.changchun,
      note: 'Jilin Provincial Government.',
    }),
    point(43.99611, 125.68528, {
      id: 'changchun-longjia-airport',
      name_en: 'Changchun Longjia International Airport (CGQ)',
      kind: 'airport',
      approximate: false,
      confidence: 'high',
      source: WIKI.longjia,
    }),
    point(43.97, 125.52, {
      id: 'changchun-international-land-port',
      name_en: 'Changchun International Land Port / Xinglong Comprehensive Bonded Zone',
      name_zh: '长春兴隆综合保税区',
      kind: 'port',
      approximate: true,
      confidence: 'estimated (±6 km)',
      source: `${LAND_PORT}; name: ${LAND_PORT_ZH}`,
      note: 'EST: "10 km from Longjia" vs "adjacent to the valley" conflict slightly.',
    }),
    ...line8(),
    point(30.267, 120.153, {
      id: 'hangzhou-centre',
      name_en: 'Hangzhou',
      kind: 'city',
      approximate: false,
      confidence: 'high',
      source: WIKI.hangzhou,
      note: 'Zhejiang Provincial Government.',
    }),
    point(30.2375, 120.1408, {
      id: 'hangzhou-west-lake',
      name_en: 'West Lake',
      kind: 'lake',
      approximate: false,
      confidence: 'high',
      source: WIKI.westLake,
    }),
    point(30.19517, 120.13456, {
      id: 'qiantang-river',
      name_en: 'Qiantang River',
      kind: 'river',
      approximate: false,
      confidence: 'high',
      source: WIKI.qiantangBridge,
      note: 'Label point at the First Qiantang River Bridge.',
    }),
    point(30.31306, 120.37139, {
      id: 'hangzhou-south-wenhai-road-station',
      name_en: 'South Wenhai Road station (Lines 1/8)',
      kind: 'rail-station',
      approximate: false,
      confidence: 'medium-high',
      source: WIKI.wenhai,
    }),
    point(30.32, 120.36, {
      id: 'hangzhou-xiasha-university-city',
      name_en: 'Xiasha University City',
      kind: 'university-city',
      approximate: true,
      confidence: 'estimated (±2 km)',
      source: XIASHA,
      note: 'EST: northern part of the development zone, about 6 km east–west by 1.5–2 km.',
    }),
    ...parkCityLandmarks(),
  ];
}
