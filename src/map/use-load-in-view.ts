import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Catalog } from '../catalog/catalog';
import { requestParks } from '../store/catalog-store';
import { parksInView, VIEW_PARKS } from './camera';

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
