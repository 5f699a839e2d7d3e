import attributionFile from '../../data/basemap/attribution.json';
import { readAttribution } from './basemap-manifest';
import type { BasemapKind } from './basemap-switcher';
import type { MapVariant } from './map-options';

/** The basemap's attribution as this build ships it (data/basemap/attribution.json). */
export const BUILT_ATTRIBUTION = readAttribution(attributionFile);

/** The text a map without its style yet keeps in place: the full map's, on the offline basemap, where maps can be drawn; else null. */
export const pendingAttribution = (variant: MapVariant, basemap: BasemapKind, drawable: boolean): string | null =>
  variant === 'atlas' && basemap !== 'online' && drawable && BUILT_ATTRIBUTION ? BUILT_ATTRIBUTION : null;

/**
 * The basemap's attribution, drawn with the page's first paint where MapLibre's own control will
 * sit, until the map has its style (atlas-map.tsx): MapLibre fills its control only then, and the
 * map gets its style with the catalog. On a phone this text is the page's largest (Lighthouse's
 * LCP element), so left to MapLibre it painted seconds after everything else.
 * Same classes and boxes as the control (and the scale bar under it, kept hidden), so nothing
 * moves when the real one takes over; hidden from assistive technology, which gets the real one.
 */
export function PendingAttribution({ text }: { text: string }) {
  return (
    <div className="map-attribution-pending maplibregl-map" aria-hidden="true">
      <div className="maplibregl-ctrl-bottom-right">
        <div className="maplibregl-ctrl maplibregl-ctrl-attrib maplibregl-compact maplibregl-compact-show">
          <span className="maplibregl-ctrl-attrib-button" />
          <div className="maplibregl-ctrl-attrib-inner">{text}</div>
        </div>
        <div className="maplibregl-ctrl maplibregl-ctrl-scale map-attribution-pending-scale">&nbsp;</div>
      </div>
    </div>
  );
}
