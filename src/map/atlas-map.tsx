import { useEffect, useEffectEvent, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { AtlasController } from './atlas-controller';
import { mapOptions } from './map-options';
import { drawFirstFrameComplete } from './complete-first-draw';
import { ONLINE_STYLE_URL } from './basemap-switcher';
import './map.css';
import type { BasemapFiles } from './basemap-load';
import { canDrawMaps, useBasemapFiles } from './map-support';
import { useMapLabels } from './use-map-labels';
import type { BasemapLayerInput } from './basemap-style';
import { useBasemapRegions } from './use-basemap-regions';
import { MapFailureNotice, watchMapStart, type MapFailure } from './map-failure';
import { markMapIdle } from './first-idle';
import { afterPaint } from './after-paint';
import { pendingAttribution, PendingAttribution } from './pending-attribution';
import type { MapApi } from './map-api';
import type { AtlasMapHandle, AtlasMapProps } from './atlas-map-props';

// Vite does not emit MapLibre's worker by itself: hand it the URL of the file (same-origin, as the CSP's worker-src 'self' asks).
maplibregl.setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's workers (and so the download of their 0.5 MB script) now, beside the catalog's
 * and basemap's fetches: left to the first map, they started only once the basemap's files were
 * in, and the first frame then waited for the script too. Called once by src/main.tsx.
 */
export function prewarmMapWorkers(): void {
  if (canDrawMaps() && typeof Worker !== 'undefined') maplibregl.prewarm();
}

/**
 * The one owner of MapLibre: every map in the app is one of these, created once for the
 * component's life and removed (with its WebGL context) on unmount. What it shows comes from its
 * props, derived from the stores by pure functions in ./layers, and is pushed into the map in
 * place by AtlasController. Callers get the instance through `onReady` to move it or listen to it.
 */
export function AtlasMap({
  className,
  initialView,
  data,
  catalogReady,
  dataPending = false,
  lang,
  flags,
  basemap,
  variant = 'atlas',
  labels,
  attributes,
  onReady,
}: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<AtlasController | null>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [view, setView] = useState<MapApi | null>(null);
  // Read once: the map is created with them and lives on.
  const [initial] = useState(() => ({ view: initialView, variant }));
  const files = useBasemapFiles();
  const ready = useEffectEvent((handle: AtlasMapHandle) => onReady?.(handle));
  const [applyRegions] = useState(() => (layers: BasemapLayerInput[], regions: string[]) => {
    controller.current?.setRegionLayers(layers);
    container.current?.setAttribute('data-basemap-regions', regions.join(' '));
  });
  const [failure, setFailure] = useState<MapFailure | null>(null);
  // Whether the map has had a style (and so MapLibre has filled its attribution control).
  const [styled, setStyled] = useState(false);
  const hasStyle = useRef(false);
  // The attribution names the basemap drawn: the offline files' sources, or (street map) only the online style's own.
  const attribution = useRef<{ control: maplibregl.AttributionControl; custom: string | undefined } | null>(null);
  const basemapNow = useRef(basemap);
  const attribute = useEffectEvent((m: maplibregl.Map, files: BasemapFiles) => {
    if (!hasStyle.current) return; // added with the first style (makeMap)
    const online = basemapNow.current === 'online';
    const custom = online ? undefined : files.attribution;
    if (attribution.current && attribution.current.custom === custom) return;
    if (attribution.current) m.removeControl(attribution.current.control);
    attribution.current = null;
    if (!online && !custom) return;
    const control = new maplibregl.AttributionControl({ compact: true, ...(custom ? { customAttribution: custom } : {}) });
    m.addControl(control, 'bottom-right');
    attribution.current = { control, custom };
  });
  // The compare view lists each park's area in words instead (compare-maps.tsx).
  const [noWebgl] = useState(() => !canDrawMaps() && variant === 'atlas');
  // Only the 'atlas' variant: a failed mini map's neighbours fail alike, and one notice per map would repeat.
  const fail = useEffectEvent((why: MapFailure) => {
    if (initial.variant === 'atlas') setFailure(why);
  });

  /** Makes the map in `el`; returns what removes it, or nothing when no map could be made. */
  const makeMap = useEffectEvent((el: HTMLDivElement, files: BasemapFiles): (() => void) | undefined => {
    const mini = initial.variant === 'mini';
    let m: maplibregl.Map;
    try {
      m = new maplibregl.Map({ container: el, ...mapOptions(initial.view, initial.variant) });
    } catch (error) {
      // No WebGL context to be had (blocked, or the browser's limit reached): the page stays usable without this map.
      console.warn('map not drawn:', error);
      el.setAttribute('data-map-state', 'unavailable');
      fail('webgl');
      return undefined;
    }
    const firstDraw = drawFirstFrameComplete(m);
    m.touchZoomRotate.disableRotation();
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const scale = () => m.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), mini ? 'bottom-left' : 'bottom-right');
    if (mini) scale();
    // The full map's scale bar and attribution come with its style (MapLibre fills the attribution
    // only then), together, into the place PendingAttribution kept for them: the scale first, as
    // MapLibre stacks a corner's later controls above. One alone first moved the other (layout shift).
    m.once('styledata', () => {
      hasStyle.current = true;
      if (!mini) {
        scale();
        attribute(m, files);
      }
      setStyled(true);
    });
    const onError = (listener: (event: maplibregl.ErrorEvent) => void) => {
      m.on('error', listener);
      return () => {
        m.off('error', listener);
      };
    };
    const watch = watchMapStart(onError, workerUrl, (why) => {
      el.setAttribute('data-map-state', 'failed');
      fail(why);
    });
    const ctl = new AtlasController(m, (state) => {
      el.setAttribute('data-map-state', state);
      if (state === 'idle') {
        watch.started();
        markMapIdle();
      }
    });
    controller.current = ctl;
    setMap(m);
    setView(ctl);
    const cleanup = ready({
      map: ctl,
      container: el,
      selectedFeatures: () => ctl.selectedFeatures(),
      snapshot: () => ctl.snapshot(firstDraw.drawn),
    });
    return () => {
      firstDraw.stop();
      watch.stop();
      cleanup?.();
      m.remove();
      attribution.current = null;
      controller.current = null;
      setMap(null);
      setView(null);
      setStyled(false);
      hasStyle.current = false;
    };
  });

  // The map is made once the basemap's files are in (the div shows the land colour until then).
  // Made earlier, it drew frames of an empty style and animated nothing, each frame a synchronous
  // canvas read-back where WebGL is software-rendered, and the real style came ~0.3 s later.
  // And made after the next paint, not in this effect: React runs a commit's pending effects before
  // its next render, so a catalog arriving just after the files waited for MapLibre's WebGL set-up
  // (~110 ms) before a project link's panel could render.
  useEffect(() => {
    const el = container.current!;
    if (!canDrawMaps()) {
      el.setAttribute('data-map-state', 'unavailable');
      return;
    }
    if (!files) return;
    let remove: (() => void) | undefined;
    const cancel = afterPaint(() => {
      remove = makeMap(el, files);
    });
    return () => {
      cancel();
      remove?.();
    };
  }, [initial, files]);

  useMapLabels(map, labels);

  // Language and data before the basemap: the style it composes then already holds them, so the
  // atlas's sources are not parsed once empty and again with the catalog.
  useEffect(() => {
    controller.current?.setLang(lang);
  }, [map, lang]);
  useEffect(() => {
    controller.current?.setData(data, catalogReady);
  }, [map, data, catalogReady]);
  useEffect(() => {
    basemapNow.current = basemap;
    if (!map || !files || dataPending) return;
    controller.current?.setBasemap({ files, onlineUrl: basemap === 'online' ? ONLINE_STYLE_URL : undefined });
    if (initial.variant !== 'mini') attribute(map, files);
  }, [map, files, basemap, initial, dataPending]);
  useEffect(() => {
    controller.current?.setFlags(flags);
  }, [map, flags]);
  useBasemapRegions(view, files, applyRegions);

  const attributionPending = !styled && !failure && !noWebgl ? pendingAttribution(initial.variant, basemap, canDrawMaps()) : null;
  return (
    <>
      <div ref={container} className={className} data-map-state="loading" {...attributes} />
      {attributionPending && <PendingAttribution text={attributionPending} />}
      {(failure ?? (noWebgl ? 'webgl' : null)) && <MapFailureNotice failure={failure ?? 'webgl'} lang={lang} />}
    </>
  );
}
