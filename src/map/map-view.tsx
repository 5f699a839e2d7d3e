import { useEffect, useMemo, useRef, useState } from 'react';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCatalogStore } from '../store/catalog-store';
import { useUiStore } from '../store/ui-store';
import { select, useUrlStore } from '../url/url-store';
import { AtlasController } from './atlas-controller';
import { BASEMAP_COLOUR } from './basemap-colours';
import { loadBasemapFiles, type BasemapFiles } from './basemap-load';
import { BasemapSwitcher, initialBasemap, ONLINE_STYLE_URL } from './basemap-switcher';
import { resetBounds, selectedPark } from './camera';
import { buildAtlasData, emptyAtlasData } from './layers/atlas-data';
import { desiredStates } from './layers/feature-state';
import { Legend } from './legend';
import { attachInteractions } from './map-interactions';
import { mapText } from './map-strings';
import { installTestHook } from './test-hook';
import { boundsTarget, moveCamera, useCamera } from './use-camera';
import './map.css';

// Vite does not emit MapLibre's worker by itself (DESIGN.md §3): hand it the URL of the file.
maplibregl.setWorkerUrl(workerUrl);

/** What the map shows before the basemap has loaded: plain land, no sources, no requests. */
const EMPTY_STYLE: StyleSpecification = {
  version: 8, sources: {}, layers: [{ id: 'basemap-background', type: 'background', paint: { 'background-color': BASEMAP_COLOUR.land } }],
};
const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The one owner of the MapLibre instance (created once, for the component's life). Everything it
 * shows is derived from the stores (catalog, URL, hover) by pure functions in ./layers and pushed
 * into the map in place by AtlasController.
 */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<AtlasController | null>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [files, setFiles] = useState<BasemapFiles | null>(null);
  const [basemap, setBasemap] = useState(initialBasemap);
  const [urlCamera] = useState(() => useUrlStore.getState().state.map);
  const { status, catalog } = useCatalogStore();
  const park = useUrlStore((s) => s.state.park);
  const zone = useUrlStore((s) => s.state.zone);
  const project = useUrlStore((s) => s.state.project);
  const industry = useUrlStore((s) => s.state.industry);
  const statusFilter = useUrlStore((s) => s.state.status);
  const lang = useUrlStore((s) => s.state.lang ?? 'en');
  const hover = useUiStore((s) => s.hover);

  useEffect(() => {
    const m = new maplibregl.Map({
      container: container.current!,
      style: EMPTY_STYLE,
      center: urlCamera ? [urlCamera.lon, urlCamera.lat] : [122.5, 37.5],
      zoom: urlCamera?.zoom ?? 4,
      attributionControl: false,
      dragRotate: false, // an atlas reads north-up; keyboard and buttons still zoom and pan
      pitchWithRotate: false,
      touchPitch: false,
    });
    m.touchZoomRotate.disableRotation();
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    const ctl = new AtlasController(m, (state) => container.current?.setAttribute('data-map-state', state));
    controller.current = ctl;
    const unhook = installTestHook(m, () => ctl.selectedFeatures());
    const unwire = attachInteractions(m, {
      onHover: (h) => useUiStore.getState().setHover(h),
      onSelect: select,
      zoomTo: (center, zoom) => m.easeTo({ center, zoom, animate: !reducedMotion() }),
    });
    setMap(m);
    return () => { unwire(); unhook(); m.remove(); controller.current = null; setMap(null); };
  }, [urlCamera]);

  useEffect(() => {
    let live = true;
    void loadBasemapFiles().then((f) => { if (live) setFiles(f); });
    return () => { live = false; };
  }, []);

  useEffect(() => {
    if (!map || !files?.attribution) return;
    const control = new maplibregl.AttributionControl({ compact: true, customAttribution: files.attribution });
    map.addControl(control, 'bottom-right');
    return () => { map.removeControl(control); };
  }, [map, files]);

  // Language before basemap: a new style is composed in the current language.
  useEffect(() => { controller.current?.setLang(lang); }, [map, lang]);
  useEffect(() => {
    if (map && files) controller.current?.setBasemap({ files, onlineUrl: basemap === 'online' ? ONLINE_STYLE_URL : undefined });
  }, [map, files, basemap]);

  const data = useMemo(
    () => (catalog ? buildAtlasData(catalog, { industry, status: statusFilter }) : emptyAtlasData()),
    [catalog, industry, statusFilter],
  );
  useEffect(() => { controller.current?.setData(data, status === 'ready'); }, [map, data, status]);
  useEffect(() => { controller.current?.setFlags(desiredStates({ park, zone, project }, hover)); }, [map, park, zone, project, hover]);
  useCamera(map, catalog, { park, zone, project }, !!urlCamera);

  const region = catalog ? selectedPark(catalog, { park, zone, project })?.region.en : undefined;
  const reset = () => {
    const target = catalog && boundsTarget(resetBounds(catalog, { park, zone, project }));
    if (map && target) moveCamera(map, target);
  };
  return (
    <div className="map-view" role="region" aria-label={mapText('map', lang)}>
      <div ref={container} className="map-canvas" data-map-state="loading" />
      <div className="map-tools">
        <button type="button" className="map-reset" onClick={reset} title={mapText('resetViewHint', lang)} disabled={!catalog}>
          {mapText('resetView', lang)}
        </button>
        <BasemapSwitcher value={basemap} onChange={setBasemap} lang={lang} />
      </div>
      <Legend catalog={catalog} lang={lang} region={region} />
    </div>
  );
}
