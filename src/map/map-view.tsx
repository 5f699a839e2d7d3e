import { useDeferredValue, useMemo, useState } from 'react';
import { useCatalogStore } from '../store/catalog-store';
import { useUiStore } from '../store/ui-store';
import { select, useUrlStore } from '../url/url-store';
import type { AtlasMapHandle } from './atlas-map-props';
import { AtlasMapSlot } from './atlas-map-slot';
import { BasemapSwitcher, initialBasemap } from './basemap-switcher';
import { cityTarget } from './cities';
import { CityList } from './city-list';
import { resetBounds, selectedPark } from './camera';
import { buildAtlasData, emptyAtlasData } from './layers/atlas-data';
import { desiredStates } from './layers/feature-state';
import { Legend } from './legend';
import { attachInteractions } from './map-interactions';
import { mapText } from './map-strings';
import { installTestHook } from './test-hook';
import { registerSnapshot } from './map-snapshot';
import { boundsTarget, moveCamera, reducedMotion, useCamera } from './use-camera';
import { useLoadInView } from './use-load-in-view';
import { useFirstParksIn } from './use-first-parks';
import type { MapApi } from './map-api';
import { useSizeRef } from '../ui/use-size-ref';

/** The open legend covers the map's left edge: the camera fits beside it. */
const measureLegend = (el: HTMLDetailsElement | null) =>
  useUiStore.getState().setMapInset('legend', el?.open ? el.getBoundingClientRect().width : 0);

/**
 * The catalog as the map draws it. With a park, zone or project selected the reader came for its
 * panel: the map's data (built from the whole catalog) follows in a deferred render, after the
 * panel's commit, not in it. A project link's app start → panel went 181 → 141 ms, and at 2,500
 * parks 370 → 287 ms (nginx, 5–7 alternated loads), first idle unchanged. Without a selection the
 * map is the first view: deferred there, its first idle came 7–9% later, so it is not.
 */
function useMapCatalog(selection: boolean) {
  const store = useCatalogStore();
  const deferred = useDeferredValue(store.catalog);
  const catalog = selection ? deferred : store.catalog;
  // Behind the store by a render: not the final catalog yet.
  const status = catalog === store.catalog ? store.status : catalog ? ('partial' as const) : ('loading' as const);
  return { catalog, status };
}

/**
 * The atlas's map: the selection, filters and hover from the stores, the camera following the
 * selection, click and hover wired to the URL and the UI store, the legend and the map tools.
 */
export function MapView() {
  const [map, setMap] = useState<MapApi | null>(null);
  const [basemap, setBasemap] = useState(initialBasemap);
  const [urlCamera] = useState(() => useUrlStore.getState().state.map);
  const park = useUrlStore((s) => s.state.park);
  const zone = useUrlStore((s) => s.state.zone);
  const project = useUrlStore((s) => s.state.project);
  const { status, catalog } = useMapCatalog(!!(park || zone || project));
  const firstParksIn = useFirstParksIn(!!catalog);
  const industry = useUrlStore((s) => s.state.industry);
  const statusFilter = useUrlStore((s) => s.state.status);
  const asOf = useUrlStore((s) => s.state.asof);
  const lang = useUrlStore((s) => s.state.lang ?? 'en');
  const hover = useUiStore((s) => s.hover);
  const only = useUiStore((s) => s.tableRows);

  const data = useMemo(
    () => (catalog ? buildAtlasData(catalog, { industry, status: statusFilter, asOf }, only) : emptyAtlasData()),
    [catalog, industry, statusFilter, asOf, only],
  );
  const flags = useMemo(() => desiredStates({ park, zone, project }, hover), [park, zone, project, hover]);
  const [initialView] = useState(() => ({
    center: (urlCamera ? [urlCamera.lon, urlCamera.lat] : [122.5, 37.5]) as [number, number],
    zoom: urlCamera?.zoom ?? 4,
  }));
  const cause = useUrlStore((s) => s.cause);
  const camera = useUrlStore((s) => s.state.map);
  useCamera(map, catalog, { park, zone, project }, !!urlCamera, { cause, camera });
  useLoadInView(map, catalog);

  const legend = useSizeRef(measureLegend);

  const onReady = ({ map: m, container, selectedFeatures, snapshot }: AtlasMapHandle) => {
    const unhook = installTestHook(m, container, selectedFeatures);
    const unsnap = registerSnapshot('atlas', snapshot);
    const unwire = attachInteractions(m, {
      onHover: (h) => useUiStore.getState().setHover(h),
      onSelect: select,
      zoomTo: (center, zoom) => m.ease({ center, zoom }, { animate: !reducedMotion() }),
      fitTo: (bounds) => moveCamera(m, cityTarget(bounds)),
    });
    setMap(m);
    return () => {
      unwire();
      unhook();
      unsnap();
      setMap(null);
    };
  };

  const region = catalog ? selectedPark(catalog, { park, zone, project })?.region : undefined;
  const reset = () => {
    const target = catalog && boundsTarget(resetBounds(catalog, { park, zone, project }));
    if (map && target) moveCamera(map, target);
  };
  return (
    <div className="map-view" role="region" aria-label={mapText('map', lang)}>
      <AtlasMapSlot
        className="map-canvas"
        initialView={initialView}
        data={data}
        catalogReady={status === 'ready'}
        dataPending={!catalog || !firstParksIn}
        lang={lang}
        flags={flags}
        basemap={basemap}
        onReady={onReady}
      />
      <div className="map-tools">
        <button type="button" className="map-reset" onClick={reset} title={mapText('resetViewHint', lang)} disabled={!catalog}>
          {mapText('resetView', lang)}
        </button>
        <CityList
          catalog={catalog}
          lang={lang}
          onFit={(bounds) => {
            if (map) moveCamera(map, cityTarget(bounds));
          }}
        />
      </div>
      {/* Bottom left, under the legend: at the top it reached the zoom buttons on narrow maps. */}
      <div className="map-tools map-tools-bottom">
        <BasemapSwitcher value={basemap} onChange={setBasemap} lang={lang} />
      </div>
      <Legend ref={legend} catalog={catalog} lang={lang} region={region} asOf={asOf} pending={status === 'loading'} />
    </div>
  );
}
