import { useEffect } from 'react';
import type { Catalog } from '../catalog/catalog';
import { requestParks } from '../store/catalog-store';
import { parksInView, VIEW_PARKS } from './camera';
import type { MapApi } from './map-api';

/** Loads the parks the map shows (a catalog loaded whole has them all already: nothing is fetched). */
export function useLoadInView(map: MapApi | null, catalog: Catalog | null): void {
  useEffect(() => {
    if (!map || !catalog) return;
    const load = () => {
      const ids = parksInView(catalog, map.bounds(), VIEW_PARKS);
      if (ids?.length) requestParks(ids);
    };
    load();
    return map.on('moveend', load);
  }, [map, catalog]);
}
