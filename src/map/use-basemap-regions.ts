import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadRegionOnce, type BasemapFiles } from './basemap-load';
import { regionLayers, regionsInView, type RegionData } from './basemap-regions';
import type { BasemapLayerInput } from './basemap-style';

/**
 * Fetches the basemap regions the map's view reaches (after every move) and hands their merged
 * layers to `apply`. The container's data-basemap-regions lists the regions drawn so far, so a
 * test (or a reader of the DOM) can tell detail has arrived.
 */
export function useBasemapRegions(map: MapLibreMap | null, files: BasemapFiles | null, apply: (layers: BasemapLayerInput[]) => void): void {
  useEffect(() => {
    if (!map || !files?.regions.length) return;
    let live = true;
    const loaded = new Map<string, RegionData>();
    const load = () => {
      const b = map.getBounds();
      const wanted = regionsInView(files.regions, { bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() })
        .filter((id) => !loaded.has(id));
      for (const id of wanted) {
        const region = files.regions.find((r) => r.id === id)!;
        void loadRegionOnce(region, files.base).then((data) => {
          if (!live || loaded.has(id)) return;
          loaded.set(id, data);
          // Manifest order, whatever order the fetches finished in.
          const ordered = files.regions.flatMap((r) => loaded.get(r.id) ?? []);
          apply(regionLayers(files.regionLayers, ordered));
          map.getContainer().setAttribute('data-basemap-regions', ordered.map((r) => r.id).join(' '));
        });
      }
    };
    load();
    map.on('moveend', load);
    return () => { live = false; map.off('moveend', load); };
  }, [map, files, apply]);
}
