import type { Name } from './schema';

/**
 * A park's region split for the list's groups: province, then city. The catalog writes regions
 * as "City, Province Province" ("Changchun, Jilin Province") and a municipality as its name
 * ("Shanghai"); in Chinese "吉林省长春市" and "上海市". A municipality is its own province and has
 * no city level. The Chinese name is used only where the data gives one.
 */
export type RegionParts = { province: Name; city?: Name };

const NOT_GIVEN: Name = { en: 'Region not given', zh: '未注明地区' };
/** Chinese province-level units: provinces, autonomous regions, special administrative regions. */
const ZH_PROVINCE = /^(.+?(?:省|自治区|特别行政区))(.+)$/;

export function regionParts(en: string | undefined, zh?: string): RegionParts {
  if (!en) return { province: NOT_GIVEN };
  const comma = en.lastIndexOf(',');
  const zhParts = zh ? ZH_PROVINCE.exec(zh) : null;
  if (comma < 0) return { province: zh ? { en, zh } : { en } };
  const province: Name = { en: en.slice(comma + 1).trim(), ...(zhParts ? { zh: zhParts[1]! } : {}) };
  const city: Name = { en: en.slice(0, comma).trim(), ...(zhParts ? { zh: zhParts[2]! } : {}) };
  return { province, city };
}

export type CityGroup<T> = { key: string; name?: Name; count: number; items: T[] };
export type ProvinceGroup<T> = { key: string; name: Name; count: number; cities: CityGroup<T>[] };

// One collator, comparing as localeCompare without arguments does, which makes one per call.
const collator = new Intl.Collator();
const byName = (a: { name?: Name }, b: { name?: Name }) =>
  (a.name === NOT_GIVEN ? 1 : 0) - (b.name === NOT_GIVEN ? 1 : 0) || collator.compare(a.name?.en ?? '', b.name?.en ?? '');

/**
 * Items grouped by province, then city, each group with a count (`weight`: how many parks an
 * item stands for, e.g. a park with the parks nested in it). Groups are in English alphabetical
 * order, "Region not given" last; items keep their order within a city. A group's Chinese name
 * comes from the first of its items that has one.
 */
export function groupByRegion<T>(
  items: readonly T[],
  regionOf: (item: T) => { en?: string; zh?: string },
  weight: (item: T) => number = () => 1,
): ProvinceGroup<T>[] {
  const provinces = new Map<string, ProvinceGroup<T> & { cityMap: Map<string, CityGroup<T>> }>();
  for (const item of items) {
    const region = regionOf(item);
    const { province, city } = regionParts(region.en, region.zh);
    let p = provinces.get(province.en);
    if (!p) provinces.set(province.en, (p = { key: province.en, name: province, count: 0, cities: [], cityMap: new Map() }));
    else if (!p.name.zh && province.zh) p.name = province;
    const cityKey = city?.en ?? '';
    let c = p.cityMap.get(cityKey);
    if (!c) p.cityMap.set(cityKey, (c = { key: `${province.en}/${cityKey}`, ...(city ? { name: city } : {}), count: 0, items: [] }));
    else if (city?.zh && !c.name?.zh) c.name = city;
    const w = weight(item);
    c.items.push(item);
    c.count += w;
    p.count += w;
  }
  return [...provinces.values()].sort(byName).map(({ cityMap, ...p }) => ({ ...p, cities: [...cityMap.values()].sort(byName) }));
}
