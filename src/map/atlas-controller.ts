import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSON } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../catalog/format';
import type { BasemapFiles } from './basemap-load';
import { afterPaint } from './after-paint';
import { basemapStyle, type BasemapLayerInput } from './basemap-style';
import { emptyAtlasData, type AtlasData } from './layers/atlas-data';
import { atlasLayers, withAtlas } from './layers/atlas-style';
import { HATCH_IMAGE, SOURCE } from './layers/expressions';
import { diffStates, type StateFlag } from './layers/feature-state';
import { hatchPattern } from './layers/hatch';
import { postedFeatures, sourceUpdates, type SourceUpdate } from './layers/source-updates';
import { layerOps, refreshLayers } from './layers/style-ops';
import type { MapApi } from './map-api';
import { MapAdapter } from './map-adapter';

/** Which basemap to draw under the atlas: ours, or an opt-in online style URL. */
export type BasemapChoice = { files: BasemapFiles; onlineUrl?: string };
export type MapState = 'loading' | 'idle' | 'moving';

/** From this many features posted to the worker, the post waits for the next frame (pushData). */
const SEND_LATER_FROM = 2_000;

/**
 * Pushes derived state into the one MapLibre instance, in place: setData for sources,
 * setLayoutProperty/setFilter for a language switch, setFeatureState for selection and hover.
 * Only a basemap change replaces the style (and the atlas is re-added on top of it). Anything set
 * before the style has loaded is kept and applied on `style.load`. It is also the map every other
 * module sees (MapApi, ./map-api.ts, translated by its base class in ./map-adapter.ts): the MapLibre
 * object itself never leaves these files and atlas-map.tsx.
 */
export class AtlasController extends MapAdapter implements MapApi {
  private data: AtlasData = emptyAtlasData();
  private dataInStyle: AtlasData | undefined;
  private catalogReady = false;
  private lang: Lang = 'en';
  private styleLang: Lang = 'en';
  private flags: StateFlag[] = [];
  private basemap: BasemapChoice | undefined;
  private layers: LayerSpecification[] = [];
  private styleLoaded = false;
  private sendPending = false;
  /** Region detail fetched so far (by layer id), and what the current style's sources hold. */
  private regionData = new Map<string, BasemapLayerInput['data']>();
  private regionInStyle = new Map<string, BasemapLayerInput['data']>();

  constructor(
    map: MapLibreMap,
    private readonly onState: (state: MapState) => void,
  ) {
    super(map);
    // Generated on demand (no sprite); the resolver runs before the image counts as missing.
    map.setMissingStyleImageResolver((id) => {
      if (id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern(), { pixelRatio: 2 });
    });
    map.on('style.load', () => {
      // Only a style with the atlas in it counts (not the placeholder the map starts with).
      if (!map.getSource(SOURCE.parks)) return;
      this.styleLoaded = true;
      if (this.dataInStyle !== this.data) this.pushData();
      if (this.styleLang !== this.lang) this.applyLang();
      this.pushRegions();
      this.applyFlags([], this.flags);
    });
    map.on('movestart', () => onState('moving'));
    map.on('dataloading', () => {
      if (!map.isMoving()) onState('loading');
    });
    // "idle" means the atlas itself is drawn, not merely the basemap.
    map.on('idle', () => onState(this.ready ? 'idle' : 'loading'));
  }

  get ready(): boolean {
    return this.styleLoaded && this.catalogReady && this.dataInStyle === this.data;
  }

  setBasemap(choice: BasemapChoice): void {
    this.basemap = choice;
    this.styleLoaded = false;
    this.onState('loading');
    const compose = (base: StyleSpecification): StyleSpecification => {
      const style = withAtlas(base, this.data, this.lang, choice.files.fontFaces);
      this.dataInStyle = this.data;
      this.styleLang = this.lang;
      this.layers = style.layers;
      return style;
    };
    if (choice.onlineUrl) this.map.setStyle(choice.onlineUrl, { diff: false, transformStyle: (_prev, next) => compose(next) });
    else {
      // Region detail already fetched goes into the new style's sources directly.
      const layers = choice.files.layers.map((l) => ({ ...l, data: this.regionData.get(l.id) ?? l.data }));
      this.regionInStyle = new Map([...this.regionData].filter(([id]) => layers.some((l) => l.id === id)));
      this.map.setStyle(compose(basemapStyle({ ...choice.files, layers, lang: this.lang })), { diff: false });
    }
  }

  /** Region detail arrived (basemap-regions.ts): its layers' sources get the merged features in place. */
  setRegionLayers(layers: readonly BasemapLayerInput[]): void {
    for (const l of layers) this.regionData.set(l.id, l.data);
    if (this.styleLoaded) this.pushRegions();
  }

  private pushRegions(): void {
    if (this.basemap?.onlineUrl) return;
    for (const [id, data] of this.regionData) {
      if (this.regionInStyle.get(id) === data) continue;
      const source = this.source<GeoJSONSource>(`basemap-${id}`);
      if (!source) continue;
      source.setData(data as GeoJSON);
      this.regionInStyle.set(id, data);
    }
  }

  setData(data: AtlasData, catalogReady: boolean): void {
    this.catalogReady = catalogReady;
    if (data === this.data) return;
    this.data = data;
    if (this.styleLoaded) this.pushData();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    if (this.styleLoaded && this.styleLang !== lang) this.applyLang();
  }

  /** A language switch rewrites label expressions in place; the sources stay as they are. */
  private applyLang(): void {
    if (!this.basemap) return;
    const lang = this.lang;
    const { geometry, labels } = atlasLayers(lang);
    const base = this.basemap.onlineUrl ? [] : basemapStyle({ ...this.basemap.files, lang }).layers;
    const next = refreshLayers(this.layers, [...base, ...geometry, ...labels]);
    for (const op of layerOps(this.layers, next)) {
      if (op.op === 'filter') this.map.setFilter(op.layer, op.value as never);
      else if (op.op === 'layout') this.map.setLayoutProperty(op.layer, op.name as never, op.value as never);
      else this.map.setPaintProperty(op.layer, op.name as never, op.value as never);
    }
    this.layers = next;
    this.styleLang = lang;
  }

  setFlags(flags: StateFlag[]): void {
    const before = this.flags;
    this.flags = flags;
    if (this.styleLoaded) this.applyFlags(before, flags);
  }

  /** The flags as the map holds them, checked with getFeatureState (for the test hook). */
  selectedFeatures(): string[] {
    if (!this.styleLoaded) return [];
    return this.flags
      .filter((f) => f.flag === 'selected' && this.map.getFeatureState({ source: f.source, id: f.id })?.selected === true)
      .map((f) => `${f.source}:${f.id}`);
  }

  /**
   * Sends the changed sources (source-updates.ts). A change that posts many features (a year's
   * move at 100,000 projects) waits until the frame of the reader's input is painted: MapLibre
   * walks every posted feature on the main thread to copy it to its worker (30–60 ms for 10,000),
   * and the map cannot show the change in that frame anyway, because the worker has to re-cut its
   * tiles first. The slider and table then answer in the first frame and the map follows as
   * before. The state says `loading` at once, so nothing reads the map as settled in between.
   */
  private pushData(): void {
    const updates = sourceUpdates(this.dataInStyle, this.data);
    if (postedFeatures(updates) < SEND_LATER_FROM) return this.send(updates);
    if (this.sendPending) return;
    this.sendPending = true;
    this.onState('loading');
    const [from, to] = [this.dataInStyle, this.data];
    afterPaint(() => {
      this.sendPending = false;
      if (!this.styleLoaded || this.dataInStyle === this.data) return;
      this.send(from === this.dataInStyle && to === this.data ? updates : sourceUpdates(this.dataInStyle, this.data));
    });
  }

  private send(updates: SourceUpdate[]): void {
    const sent = this.post(updates);
    this.dataInStyle = this.data;
    // Data sent to the worker redraws the map when the worker answers; a repaint now would only
    // draw the old tiles again (30–60 ms under software WebGL at 100,000 projects). With nothing
    // sent, it is what makes an `idle` follow.
    if (!sent) this.map.triggerRepaint();
  }

  private applyFlags(before: readonly StateFlag[], after: readonly StateFlag[]): void {
    const { off, on } = diffStates(before, after);
    for (const f of off) if (this.source(f.source)) this.map.setFeatureState({ source: f.source, id: f.id }, { [f.flag]: false });
    for (const f of on) if (this.source(f.source)) this.map.setFeatureState({ source: f.source, id: f.id }, { [f.flag]: true });
  }
}
