import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Lang } from '../catalog/format';
import type { Park } from '../catalog/schema';
import { useCatalogStore } from '../store/catalog-store';
import { useUrlStore } from '../url/url-store';
import { initialBasemap, type BasemapKind } from './basemap-switcher';
import { compareCaption, compareExtent } from './compare-captions';
import { buildAtlasData, emptyAtlasData, onlyPark, type AtlasData } from './layers/atlas-data';
import { desiredStates } from './layers/feature-state';
import { mapText } from './map-strings';
import type { AtlasMapHandle } from './atlas-map-props';
import { AtlasMapSlot } from './atlas-map-slot';
import { canDrawMaps, useBasemapFiles } from './map-support';
import { registerSnapshot } from './map-snapshot';
import { parkColours, shade } from './palette';
import { statedCircleFeature } from './stated-circle';
import { cameraFor, computeSharedZoom, groundZoomAt, viewOf, type LngLat } from './shared-scale';
import { fitSharedView, moveSharedView, resetSharedView, useSharedView } from './shared-view';
import './compare-maps.css';

/**
 * Room kept around the largest park when fitting: the zoom buttons sit top right, the scale bar
 * bottom left. Symmetric, because each map centres its park.
 */
export const MINI_MAP_PADDING = { top: 36, right: 46, bottom: 36, left: 46 };

/** The data-zoom / data-center test hooks: enough digits to tell views apart, few enough to compare as text. */
const zoomText = (zoom: number) => String(Number(zoom.toFixed(4)));
const centreText = ([lng, lat]: [number, number]) => `${lng.toFixed(6)},${lat.toFixed(6)}`;

/**
 * A park with no published boundary but a stated area is drawn as a circle of that area, so sizes
 * still compare at one scale; its location's uncertainty ring gives way to it (one circle per map).
 */
function withStatedCircle(data: AtlasData, park: Park, colour = '#6b7280'): AtlasData {
  const circle = statedCircleFeature(park, colour, shade(colour, -0.15));
  if (!circle) return data;
  return { ...data, parks: { type: 'FeatureCollection', features: [circle] }, uncertainty: { type: 'FeatureCollection', features: [] } };
}

type MiniProps = { park: Park; centre: LngLat; data: AtlasData; lang: Lang; basemap: BasemapKind; colour: string | undefined };

/**
 * One small map: its park centred, at the shared zoom. A move the reader makes here (drag, keys,
 * the zoom buttons, Ctrl + wheel) makes this map the leader; it writes the shared view and every
 * other map follows with jumpTo. Clicks select nothing: the compare view is for looking.
 */
function MiniMap({ park, centre, data, lang, basemap, colour }: MiniProps) {
  const caption = compareCaption(park, lang);
  const own = useMemo(() => withStatedCircle(onlyPark(data, park.id), park, colour), [data, park, colour]);
  const flags = useMemo(() => desiredStates({ park: park.id }, null), [park.id]);
  const labels = useMemo(
    () => ({
      map: mapText('sharedMapLabel', lang, { name: caption.name }),
      zoomIn: mapText('zoomInAll', lang),
      zoomOut: mapText('zoomOutAll', lang),
      // MapLibre asks for ⌘ rather than Ctrl on a Mac, by the same test.
      wheelHelp: mapText(navigator.userAgent.includes('Mac') ? 'wheelHelpMac' : 'wheelHelp', lang),
      touchHelp: mapText('touchHelp', lang),
    }),
    [lang, caption.name],
  );
  const [initialView] = useState(() => cameraFor(centre, useSharedView.getState().view));
  const attributes = useMemo(() => ({ 'data-park-id': park.id }), [park.id]);

  const onReady = ({ map, container, snapshot }: AtlasMapHandle) => {
    const unsnap = registerSnapshot(`compare:${park.id}`, snapshot);
    const showView = () => {
      const { center, zoom } = map.camera();
      container.setAttribute('data-zoom', zoomText(zoom));
      // The scale every map shares (its zoom less the latitude stretch): equal on all maps.
      container.setAttribute('data-ground-zoom', zoomText(groundZoomAt(zoom, centre[1])));
      container.setAttribute('data-center', centreText(center));
    };
    // A follower's own moves are marked, so a follower never leads.
    const follow = () => {
      const { key, view } = useSharedView.getState();
      if (key) map.jump(cameraFor(centre, view), { follow: true });
    };
    const lead = () => {
      const { center, zoom } = map.camera();
      moveSharedView(park.id, viewOf(centre, center, zoom));
    };
    follow();
    showView();
    const unsubscribe = useSharedView.subscribe((s, before) => {
      if (s.view !== before.view && s.leader !== park.id) follow();
    });
    const offs = [
      map.on('movestart', (e) => {
        if (e.byReader) lead();
      }),
      // Inertia and animations keep moving after the gesture: the leader keeps writing until another map leads.
      map.on('move', (e) => {
        if (!e.follow && useSharedView.getState().leader === park.id) lead();
      }),
      map.on('moveend', showView),
    ];
    return () => {
      unsnap();
      unsubscribe();
      for (const off of offs) off();
    };
  };

  return (
    <li className="compare-map">
      <figure>
        {caption.circle && (
          <p className="compare-map-overlay" aria-hidden="true">
            {caption.note}
          </p>
        )}
        <AtlasMapSlot
          className="compare-map-canvas"
          variant="mini"
          initialView={initialView}
          data={own}
          catalogReady
          lang={lang}
          flags={flags}
          basemap={basemap}
          labels={labels}
          attributes={attributes}
          onReady={onReady}
        />
        <figcaption>
          <span className="compare-map-title">
            {colour && <span className="compare-map-swatch" style={{ background: colour }} aria-hidden="true" />}
            <span className="compare-map-name">{caption.name}</span>
            <span className="compare-map-area"> · {caption.area}</span>
          </span>
          {caption.also && <span className="compare-map-note">{caption.also}</span>}
          {caption.note && <span className="compare-map-note compare-map-flag">{caption.note}</span>}
          {caption.circle && <span className="compare-map-note">{caption.circle}</span>}
        </figcaption>
      </figure>
    </li>
  );
}

/**
 * Maps side by side at one scale (issue 5): a small map per compared park, each centred on its
 * park, all at the one zoom that fits the largest of them, moved together. The shared view lives
 * in one store (./shared-view); the arithmetic is pure (./shared-scale). Every map is an AtlasMap,
 * the app's one MapLibre owner.
 */
export function CompareMaps({ parkIds, heading }: { parkIds: readonly string[]; heading: string }) {
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useUrlStore((s) => s.state.lang ?? 'en');
  const [basemap] = useState(initialBasemap);
  const drawable = canDrawMaps();
  const files = useBasemapFiles(drawable);
  const moved = useSharedView((s) => s.moved);
  const grid = useRef<HTMLUListElement>(null);
  const key = parkIds.join(',');

  const parks = useMemo(() => (catalog ? key.split(',').flatMap((id) => catalog.parkById.get(id) ?? []) : []), [catalog, key]);
  const extents = useMemo(() => parks.map(compareExtent), [parks]);
  // Built once for all maps; each map keeps its own park (areas are what these maps compare).
  const data = useMemo(() => (catalog ? buildAtlasData(catalog) : emptyAtlasData()), [catalog]);
  const colours = useMemo(() => (catalog ? parkColours(catalog) : new Map<string, string>()), [catalog]);

  // Fitted before the maps are created (layout effects run first), and again when the maps change size.
  useLayoutEffect(() => {
    const first = grid.current?.querySelector<HTMLElement>('.compare-map-canvas');
    if (!first || !extents.length) return;
    const fit = () => {
      const size = { width: first.clientWidth, height: first.clientHeight };
      if (!size.width || !size.height) return;
      fitSharedView(
        `${key}@${size.width}x${size.height}`,
        computeSharedZoom(
          extents.map((e) => e.bounds),
          size,
          MINI_MAP_PADDING,
        ),
      );
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(first);
    return () => observer.disconnect();
  }, [key, extents]);
  // Transient: a later visit starts fitted again.
  useEffect(() => () => useSharedView.setState({ key: '', leader: null, moved: false }), []);

  if (!catalog || parks.length < 2) return null;
  return (
    <>
      <div className="compare-maps-head">
        <h3>{heading}</h3>
        {drawable && (
          <button type="button" className="compare-maps-reset" onClick={resetSharedView} disabled={!moved}>
            {mapText('resetMaps', lang)}
          </button>
        )}
        <p className="compare-maps-hint">{mapText(drawable ? 'sharedScaleHint' : 'mapsUnavailable', lang)}</p>
      </div>
      <ul ref={grid} className="compare-maps-grid" style={{ '--maps': parks.length } as CSSProperties}>
        {parks.map((park, i) => (
          <MiniMap
            key={park.id}
            park={park}
            centre={extents[i]!.centre}
            data={data}
            lang={lang}
            basemap={basemap}
            colour={colours.get(park.id)}
          />
        ))}
      </ul>
      {files?.attribution && <p className="compare-maps-attribution">{files.attribution}</p>}
    </>
  );
}
