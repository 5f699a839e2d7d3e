import type { Feature } from 'geojson';
import { circlePolygon, radiusForAreaM } from '../catalog/geo';
import type { FigureValue, Park } from '../catalog/schema';

/** Square kilometres per unit of a stated area. */
const KM2: Partial<Record<FigureValue['unit'], number>> = { km2: 1, ha: 0.01, m2: 1e-6 };

/**
 * Which stated area a compare map draws as a circle for a park whose boundary nobody publishes.
 * The rule: the largest value that the sources state for the whole park (coverage 'whole', the
 * default), in any area unit. A part's area (a core zone, a built-up share) or a wider area's
 * (the district around it) would misstate the park's size, so those are never drawn; a park
 * with only such values gets no circle. The value is returned so the caption can show it.
 */
export function circleArea(park: Park): { value: FigureValue; km2: number } | undefined {
  const whole = (park.area?.values ?? []).flatMap((value) => {
    const k = KM2[value.unit];
    return k && (value.coverage ?? 'whole') === 'whole' && value.value > 0 ? [{ value, km2: value.value * k }] : [];
  });
  return whole.reduce<{ value: FigureValue; km2: number } | undefined>((best, v) => (!best || v.km2 > best.km2 ? v : best), undefined);
}

/**
 * Whether the park's own area is drawn from geometry on a compare map (its boundary, or zones
 * with outlines); otherwise it is at most a point, and a stated area may stand in as a circle.
 */
export function drawsArea(park: Park): boolean {
  return (!park.reference && !!park.boundary) || park.zones.some((z) => z.boundary);
}

/** The circle of the stated area, centred on the park's location, for a park that draws no area of its own. */
export function statedCircle(
  park: Park,
): { polygon: ReturnType<typeof circlePolygon>; value: FigureValue; km2: number; radiusM: number } | undefined {
  if (drawsArea(park)) return undefined;
  const area = circleArea(park);
  if (!area) return undefined;
  const radiusM = radiusForAreaM(area.km2);
  return { polygon: circlePolygon(park.location.point.coordinates, radiusM), ...area, radiusM };
}

/** The circle as a feature of the compare map's park layer: approximate (dashed, hatched), never a container. */
export function statedCircleFeature(park: Park, colour: string, outline: string): Feature | undefined {
  const circle = statedCircle(park);
  return (
    circle && {
      type: 'Feature',
      geometry: circle.polygon,
      properties: { key: park.id, park: park.id, colour, outline, depth: 0, approximate: true, container: false, statedCircle: true },
    }
  );
}
