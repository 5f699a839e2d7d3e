import { nameText, type Lang } from '../catalog/format';
import { formatAmount } from '../i18n/format-figure';
import { formatWord } from '../i18n/format-words';
import { bboxOf } from '../catalog/geo';
import type { Park } from '../catalog/schema';
import { parkBounds, type Bounds } from '../catalog/park-index';
import { mapText } from './map-strings';
import { boundsCentre, type LngLat } from './shared-scale';
import { drawsArea, statedCircle } from './stated-circle';

export { drawsArea };

/** What the caption under a compare map says, as text (it is also the section's text equivalent). */
export type CompareCaption = {
  name: string;
  /** The first stated value, as printed ("18.4 km²"), or "area not stated". */
  area: string;
  /** The other stated values, none picked over the first ("also stated: 3.5 km², about 3.8 km²"). */
  also?: string;
  /** "approximate boundary", "no boundary drawn: location only" or "stated area drawn as a circle; boundary not published", where it applies. */
  note?: string;
  /** For a stated-area circle: which value it draws and by which rule ("drawn: 10 km², the largest area stated for the whole park"). */
  circle?: string;
};

export function compareCaption(park: Park, lang: Lang): CompareCaption {
  const [first, ...rest] = park.area?.values ?? [];
  const caption: CompareCaption = {
    name: nameText(park.name, lang),
    area: first ? formatAmount(first, lang) : mapText('areaNotStated', lang),
  };
  if (rest.length)
    caption.also = mapText('alsoStated', lang, { values: rest.map((v) => formatAmount(v, lang)).join(formatWord('listComma', lang)) });
  const boundaries = [...(!park.reference && park.boundary ? [park.boundary] : []), ...park.zones.flatMap((z) => z.boundary ?? [])];
  const circle = statedCircle(park);
  if (circle) {
    caption.note = mapText('statedCircle', lang);
    caption.circle = mapText('statedCircleRule', lang, { value: formatAmount(circle.value, lang) });
  } else if (!drawsArea(park)) caption.note = mapText('locationOnly', lang);
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
  const circle = statedCircle(park);
  if (circle) {
    const bounds = bboxOf(circle.polygon);
    return { bounds, centre: park.location.point.coordinates as LngLat };
  }
  const bounds: Bounds = drawsArea(park)
    ? parkBounds(park.reference ? { ...park, boundary: undefined } : park)
    : ([...park.location.point.coordinates, ...park.location.point.coordinates] as Bounds);
  return { bounds, centre: boundsCentre(bounds) };
}
