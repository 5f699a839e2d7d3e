import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { loadBasemapFiles } from '../../../src/map/basemap-load';
import { basemapStyle } from '../../../src/map/basemap-style';
import { withAtlas } from '../../../src/map/layers/atlas-style';
import type { AtlasData } from '../../../src/map/layers/atlas-data';
import { HATCH_IMAGE } from '../../../src/map/layers/expressions';
import { hatchPattern } from '../../../src/map/layers/hatch';
import { mapOptions } from '../../../src/map/map-options';

/**
 * The render floors (what the atlas's first view cannot beat), built into <bench build>/bare/ so
 * they fetch the same data/ and fonts/ from the same server:
 * - default: MapLibre with the atlas's own offline basemap style and nothing else;
 * - `?content=real`: the same plus the atlas's own layers and map data for the real catalog
 *   (./content-real.json, written by scripts/bench/content-floor.ts), composed by the atlas's own withAtlas:
 *   what the atlas's map draws, without the app (React, the catalog's loading, the panel).
 *   It draws as the atlas's map does (its `fadeDuration`: labels appear at once, with no fade frames).
 * - `?content=real&labels=none`: the content floor without the atlas's own labels (its symbol
 *   layers), which shows in the same run what the labels cost the first view.
 * `?w=&h=` sizes the map like the atlas's map area, `?map=zoom/lat/lon` opens the view the atlas
 * settled on; the container gets data-map-state="idle" on the first `idle`, as the atlas's does.
 */
maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(window.location.search);
const el = document.getElementById('map')!;
const w = Number(params.get('w'));
const h = Number(params.get('h'));
if (w > 0 && h > 0) Object.assign(el.style, { width: `${w}px`, height: `${h}px` });
const [zoom = 4, lat = 37.5, lon = 122.5] = (params.get('map') ?? '').split('/').filter(Boolean).map(Number);
// A name of the bench's own files only (content-<name>.json beside this page), never a path.
const content = /^[a-z]+$/.exec(params.get('content') ?? '')?.[0];
const withoutLabels = params.get('labels') === 'none';

const [files, atlas] = await Promise.all([
  loadBasemapFiles(new URL('../', document.baseURI).href),
  content ? fetch(`./content-${content}.json`).then((r) => r.json() as Promise<AtlasData>) : null,
]);
const base = basemapStyle({ ...files, lang: 'en' });
const composed = atlas ? withAtlas(base, atlas, 'en', files.fontFaces) : base;
const style = withoutLabels
  ? { ...composed, layers: composed.layers.filter((l) => !(l.type === 'symbol' && l.id.startsWith('atlas-'))) }
  : composed;
const map = new maplibregl.Map({
  container: el,
  style,
  center: [lon, lat],
  zoom,
  attributionControl: false,
  // The bare floor is MapLibre as it comes; the content floor draws as the atlas's map does.
  ...(atlas ? { fadeDuration: mapOptions({ center: [lon, lat], zoom }, 'atlas').fadeDuration } : {}),
});
// As the atlas's map does (atlas-controller.ts): the hatch is generated when a layer first asks for it.
if (atlas)
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern(), { pixelRatio: 2 });
  });
// The basemap's attribution, as the atlas shows it: also the page's one text, without which
// Lighthouse finds no contentful paint (a WebGL canvas does not count) and scores nothing.
if (files.attribution)
  map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: files.attribution }), 'bottom-right');
map.once('idle', () => el.setAttribute('data-map-state', 'idle'));
