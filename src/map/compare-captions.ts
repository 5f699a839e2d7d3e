import { formatAmount, primaryName, type Lang } from '../catalog/format';
import type { Park } from '../catalog/schema';
import { parkBounds, type Bounds } from '../catalog/park-index';
import { mapText } from './map-strings';
import { boundsCentre, type LngLat } from './shared-scale';

/** What the caption under a compare map says, as text (it is also the section's text equivalent). */
export type CompareCaption = {
  name: string;
  /** The first stated value, as printed ("18.4 km²"), or "area not stated". */
  area: string;
  /** The other stated values, none picked over the first ("also stated: 3.5 km², about 3.8 km²"). */
  also?: string;
  /** "approximate boundary" or "no boundary drawn: location only", where it applies. */
  note?: string;
};

/** Whether the map draws an area for the park (its boundary or its zones), or only a point. */
export function drawsArea(park: Park): boolean {
  return (!park.reference && !!park.boundary) || park.zones.length > 0;
}

export function compareCaption(park: Park, lang: Lang): CompareCaption {
  const [first, ...rest] = park.area?.values ?? [];
  const caption: CompareCaption = { name: primaryName(park.name, lang), area: first ? formatAmount(first, lang) : mapText('areaNotStated', lang) };
  if (rest.length) caption.also = mapText('alsoStated', lang, { values: rest.map((v) => formatAmount(v, lang)).join(lang === 'zh' ? '、' : ', ') });
  const boundaries = [...(!park.reference && park.boundary ? [park.boundary] : []), ...park.zones.map((z) => z.boundary)];
  if (!drawsArea(park)) caption.note = mapText('locationOnly', lang);
  else if (boundaries.some((b) => b.confidence === 'approximate')) caption.note = mapText('approxBoundary', lang);
  return caption;
}

/** The one line a reader (or screen reader) gets per map: "Changchun Pharmaceutical Valley · 18.4 km²". */
export const captionLine = (c: CompareCaption) => `${c.name} · ${c.area}`;

/**
 * Where each compare map centres: the middle of the park as drawn (boundary and zones), or its
 * location for a park drawn as a point. A reference park's own boundary is not drawn, so it is
 * only a point here too.
 */
export function compareExtent(park: Park): { bounds: Bounds; centre: LngLat } {
  const bounds: Bounds = drawsArea(park)
    ? parkBounds(park.reference ? { ...park, boundary: undefined } : park)
    : [...park.location.point.coordinates, ...park.location.point.coordinates] as Bounds;
  return { bounds, centre: boundsCentre(bounds) };
}
