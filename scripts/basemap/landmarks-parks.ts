/**
 * Landmarks for the park cities added with the coverage issue (issue 14), authored by hand. The
 * places are the ones /work/shared/FACTS-PARKS.md names beside the parks (an airport, metro
 * stations, rivers, lakes) plus each city's centre and the big rivers a reader orients by. No
 * source in the facts prints their coordinates: every position here is placed from general
 * geographic knowledge, rounded, and flagged `approximate: true` with the radius it may be off
 * (city centres excepted: see `city`).
 */
import type { Landmark, LandmarkProps } from './landmarks.ts';

const FACTS = 'FACTS-PARKS.md';

type Entry = Omit<LandmarkProps, 'approximate' | 'confidence'> & { lat: number; lon: number; within: string };

/** Every entry is an estimate: `within` is how far off it may be. */
const place = ({ lat, lon, within, ...props }: Entry): Landmark => ({
  props: { ...props, approximate: true, confidence: `estimated (±${within})` },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

/**
 * A city's name at its centre, for the national view. Not flagged approximate (a city's label
 * needs no "(approx.)"), but its confidence says where the point came from and how far it may be off.
 */
const city = (
  id: string,
  name_en: string,
  name_zh: string,
  lat: number,
  lon: number,
  source = 'general geography (city centre)',
): Landmark => ({
  props: {
    id: `${id}-centre`,
    name_en,
    name_zh,
    kind: 'city',
    approximate: false,
    confidence: 'city centre from general geography (±3 km)',
    source,
    note: 'City centre, for orientation; not a park position.',
  },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

export function parkCityLandmarks(): Landmark[] {
  return [
    city('shanghai', 'Shanghai', '上海', 31.23, 121.47),
    city('suzhou', 'Suzhou', '苏州', 31.3, 120.59),
    city('taizhou-jiangsu', 'Taizhou', '泰州', 32.45, 119.917, `${FACTS} T52 (Taizhou city reference point)`),
    city('nanjing', 'Nanjing', '南京', 32.06, 118.8),
    city('beijing', 'Beijing', '北京', 39.905, 116.405),
    city('tonghua', 'Tonghua', '通化', 41.73, 125.94),
    city('wuhan', 'Wuhan', '武汉', 30.59, 114.3),
    city('guangzhou', 'Guangzhou', '广州', 23.13, 113.26),
    city('chengdu', 'Chengdu', '成都', 30.66, 104.06),
    city('shenzhen', 'Shenzhen', '深圳', 22.54, 114.06),
    place({
      id: 'beijing-daxing-airport',
      name_en: 'Beijing Daxing International Airport (PKX)',
      name_zh: '北京大兴国际机场',
      kind: 'airport',
      lat: 39.51,
      lon: 116.41,
      within: '2 km',
      source: `${FACTS} D8 (the Daxing base is adjacent to the airport)`,
    }),
    place({
      id: 'beijing-biomedicine-base-station',
      name_en: 'Biomedicine Base station (Daxing line / Line 4)',
      name_zh: '生物医药基地站',
      kind: 'rail-station',
      lat: 39.69,
      lon: 116.33,
      within: '1.5 km',
      source: `${FACTS} D8, D60 (Metro Line 4 reaches the base; a "Biomedicine Base" stop)`,
    }),
    place({
      id: 'guangzhou-guanzhou-station',
      name_en: 'Guanzhou station (Lines 4, 12)',
      name_zh: '官洲站',
      kind: 'rail-station',
      lat: 23.066,
      lon: 113.37,
      within: '1 km',
      source: `${FACTS} G9 (metro Guanzhou station on Bio Island)`,
    }),
    place({
      id: 'pearl-river-guangzhou',
      name_en: 'Pearl River',
      name_zh: '珠江',
      kind: 'river',
      lat: 23.085,
      lon: 113.39,
      within: '1 km',
      source: `${FACTS} Guangzhou context (Bio Island lies in the Pearl River's rear channel)`,
      note: 'Label point on the channel north of Bio Island.',
    }),
    place({
      id: 'wuhan-east-lake',
      name_en: 'East Lake',
      name_zh: '东湖',
      kind: 'lake',
      lat: 30.56,
      lon: 114.4,
      within: '1.5 km',
      source: `${FACTS} W4 (East Lake High-tech Zone takes its name from the lake)`,
    }),
    place({
      id: 'yangtze-wuhan',
      name_en: 'Yangtze River',
      name_zh: '长江',
      kind: 'river',
      lat: 30.6,
      lon: 114.31,
      within: '1 km',
      source: 'general geography (the Yangtze through Wuhan)',
    }),
    place({
      id: 'yangtze-nanjing',
      name_en: 'Yangtze River',
      name_zh: '长江',
      kind: 'river',
      lat: 32.1,
      lon: 118.74,
      within: '1.5 km',
      source: `general geography; ${FACTS} Nanjing (Jiangbei New Area lies north of the river)`,
    }),
    place({
      id: 'yangtze-taizhou',
      name_en: 'Yangtze River',
      name_zh: '长江',
      kind: 'river',
      lat: 32.23,
      lon: 119.78,
      within: '2 km',
      source: 'general geography (the Yangtze south-west of Taizhou)',
    }),
    place({
      id: 'suzhou-dushu-lake',
      name_en: 'Dushu Lake',
      name_zh: '独墅湖',
      kind: 'lake',
      lat: 31.265,
      lon: 120.715,
      within: '1.5 km',
      source: `${FACTS} S53 and the Suzhou context (BioBAY opened beside Dushu Lake)`,
    }),
    place({
      id: 'chengdu-jinjiang-river',
      name_en: 'Jinjiang River',
      name_zh: '锦江',
      kind: 'river',
      lat: 30.42,
      lon: 104.03,
      within: '3 km',
      source: `${FACTS} C8 (the Jinjiang is Tianfu Bio-Town's eastern boundary)`,
    }),
    place({
      id: 'shenzhen-rongtian-river',
      name_en: 'Rongtian River',
      name_zh: '荣田河',
      kind: 'river',
      lat: 22.72,
      lon: 114.38,
      within: '3 km',
      source: `${FACTS} S10 (a corridor along the Rongtian River inside the base)`,
    }),
  ];
}
