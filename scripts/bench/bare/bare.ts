import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { loadBasemapFiles } from '../../../src/map/basemap-load';
import { basemapStyle } from '../../../src/map/basemap-style';

/**
 * The render floor (what the atlas's first view cannot beat): MapLibre with the atlas's own offline basemap style and no
 * app. Built into <bench build>/bare/ so it fetches the same data/ and fonts/ from the same
 * server. `?w=&h=` sizes the map like the atlas's map area, `?map=zoom/lat/lon` opens the view the
 * atlas settled on; the container gets data-map-state="idle" on the first `idle`, as the atlas's does.
 */
maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(window.location.search);
const el = document.getElementById('map')!;
const w = Number(params.get('w'));
const h = Number(params.get('h'));
if (w > 0 && h > 0) Object.assign(el.style, { width: `${w}px`, height: `${h}px` });
const [zoom = 4, lat = 37.5, lon = 122.5] = (params.get('map') ?? '').split('/').filter(Boolean).map(Number);

const files = await loadBasemapFiles(new URL('../', document.baseURI).href);
const map = new maplibregl.Map({
  container: el,
  style: basemapStyle({ ...files, lang: 'en' }),
  center: [lon, lat],
  zoom,
  attributionControl: false,
});
// The basemap's attribution, as the atlas shows it: also the page's one text, without which
// Lighthouse finds no contentful paint (a WebGL canvas does not count) and scores nothing.
if (files.attribution)
  map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: files.attribution }), 'bottom-right');
map.once('idle', () => el.setAttribute('data-map-state', 'idle'));
