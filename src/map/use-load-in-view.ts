import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Catalog } from '../catalog/catalog';
import { requestParks } from '../store/catalog-store';
import { parksInView } from './camera';

/**
 * At most this many parks in view load their files (zones, projects, outlines). Zoomed out over
 * more than that, a large catalog shows each park as a ring from the index until the reader
 * zooms in or picks one: 2,500 park files are a minute's download, 40 a moment's.
 */
export const VIEW_PARKS = 40;

/** Loads the parks the map shows (a catalog loaded whole has them all already: nothing is fetched). */
export function useLoadInView(map: MapLibreMap | null, catalog: Catalog | null): void {
  useEffect(() => {
    if (!map || !catalog) return;
    const load = () => {
      const b = map.getBounds();
      const ids = parksInView(catalog, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], VIEW_PARKS);
      if (ids?.length) requestParks(ids);
    };
    load();
    map.on('moveend', load);
    return () => { map.off('moveend', load); };
  }, [map, catalog]);
}
