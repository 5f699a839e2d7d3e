import { useEffect } from 'react';
import { loadRegionOnce, type BasemapFiles } from './basemap-load';
import { regionLayers, regionsInView, type RegionData } from './basemap-regions';
import type { BasemapLayerInput } from './basemap-style';
import type { MapApi } from './map-api';

/**
 * Fetches the basemap regions the map's view reaches (after every move) and hands their merged
 * layers to `apply`, with the ids of the regions drawn so far (the map's data-basemap-regions, so
 * a test, or a reader of the DOM, can tell detail has arrived).
 */
export function useBasemapRegions(
  map: MapApi | null,
  files: BasemapFiles | null,
  apply: (layers: BasemapLayerInput[], regions: string[]) => void,
): void {
  useEffect(() => {
    if (!map || !files?.regions.length) return;
    let live = true;
    const loaded = new Map<string, RegionData>();
    const load = () => {
      const wanted = regionsInView(files.regions, { bounds: map.bounds(), zoom: map.camera().zoom }).filter((id) => !loaded.has(id));
      for (const id of wanted) {
        const region = files.regions.find((r) => r.id === id)!;
        void loadRegionOnce(region, files.base).then((data) => {
          if (!live || loaded.has(id)) return;
          loaded.set(id, data);
          // Manifest order, whatever order the fetches finished in.
          const ordered = files.regions.flatMap((r) => loaded.get(r.id) ?? []);
          apply(
            regionLayers(files.regionLayers, ordered),
            ordered.map((r) => r.id),
          );
        });
      }
    };
    load();
    const off = map.on('moveend', load);
    return () => {
      live = false;
      off();
    };
  }, [map, files, apply]);
}
