/**
 * The detailed areas of the basemap: one box per park city (or pair of neighbouring cities), each
 * written to its own folder under data/basemap/regions/ so the app fetches a city's detail only
 * when the map's view reaches it (src/map/basemap-regions.ts). Boxes are lon/lat min, max, sized
 * to hold the park, its district and the landmarks the facts name near it.
 */
import type { PolygonCoords, Position } from './decode.ts';
import { inBBox, pointInPolygon, type BBox } from './geometry.ts';

export type Region = { id: string; label: string; bbox: BBox; minzoom: number };

/**
 * From this zoom a region's detail is fetched once the view overlaps its box. At 7 a 1280 px
 * view spans about 14° of longitude, so a view over eastern China asks for a few regions, not all.
 */
export const REGION_MINZOOM = 7;

const region = (id: string, label: string, bbox: BBox): Region => ({ id, label, bbox, minzoom: REGION_MINZOOM });

export const REGIONS: readonly Region[] = [
  region('changchun', 'Changchun', [124.8, 43.5, 126.2, 44.4]),
  // "east" joins Hangzhou with the Shanghai (Zhangjiang) and Suzhou (SIP) parks.
  region('east', 'East (Hangzhou, Shanghai, Suzhou)', [119.8, 29.9, 122.05, 31.55]),
  region('tonghua', 'Tonghua', [125.55, 41.5, 126.3, 42.0]),
  // Changping (Zhongguancun Life Science Park) to Daxing (China Medicine Valley and the airport).
  region('beijing', 'Beijing (Changping, Daxing)', [115.95, 39.4, 116.75, 40.3]),
  // Nanjing's Jiangbei New Area and Taizhou's China Medical City, along the same stretch of the Yangtze.
  region('nanjing-taizhou', 'Nanjing and Taizhou (Jiangsu)', [118.45, 31.85, 120.3, 32.7]),
  region('wuhan', 'Wuhan', [113.95, 30.25, 114.8, 30.85]),
  // Guangzhou (Bio Island, Huangpu) and Shenzhen (Pingshan) share the Pearl River Delta.
  region('pearl-river', 'Pearl River Delta (Guangzhou, Shenzhen)', [113.1, 22.45, 114.65, 23.45]),
  region('chengdu', 'Chengdu', [103.75, 30.2, 104.35, 30.85]),
];

/**
 * The regions a polygon reaches into: a vertex inside the box, or a box corner inside the
 * polygon (a county larger than the box). A plain bbox test would also keep, say, Zhoushan's far
 * islands, whose combined extent merely overlaps the box.
 */
export function regionsTouching(polygons: readonly PolygonCoords[], regions: readonly Region[] = REGIONS): Region[] {
  return regions.filter(({ bbox: box }) => {
    const corners: Position[] = [
      [box[0], box[1]],
      [box[2], box[1]],
      [box[2], box[3]],
      [box[0], box[3]],
    ];
    return polygons.some((p) => (p[0] ?? []).some((v) => inBBox(v, box)) || corners.some((c) => pointInPolygon(c, p)));
  });
}
