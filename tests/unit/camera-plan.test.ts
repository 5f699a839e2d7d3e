import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog';
import { parkBounds } from '../../src/catalog/park-index';
import { resetBounds } from '../../src/map/camera';
import {
  FIT_PADDING,
  fitPadding,
  MAX_FIT_ZOOM,
  MOVE_MS,
  planCamera,
  selectionKey,
  sheetCover,
  urlCamera,
  type CameraState,
} from '../../src/map/camera-plan';
import { park, sources, square } from '../fixtures/mini-catalog';

const a = park('park-a', { region: { en: 'Changchun' } });
const b = park('park-b', {
  region: { en: 'Hangzhou' },
  projects: [],
  boundary: { geometry: square(120.3, 30.3), confidence: 'approximate', method: 'm', sources: ['src-a'] },
});
const catalog = buildCatalog([a, b], sources.sources);
// The index lists both parks; only park-a's file is in.
const partial = buildCatalog([a], sources.sources, [], catalog.index);

const base: CameraState = {
  catalog,
  selection: {},
  done: selectionKey({}),
  urlCameraAtLoad: false,
  history: { cause: 'navigate', camera: undefined },
  now: { center: [125, 44], zoom: 10 },
  frame: { width: 1000, height: 800, attribution: 0 },
  insets: { legend: 0, sheet: 0 },
  reducedMotion: false,
};
const plan = (over: Partial<CameraState>) => planCamera({ ...base, ...over });

describe('planCamera: when the camera moves, and how', () => {
  it('fits the whole catalog at once on a first view with nothing selected', () => {
    expect(plan({ done: undefined })).toEqual({
      kind: 'fit',
      bounds: resetBounds(catalog),
      padding: FIT_PADDING,
      maxZoom: MAX_FIT_ZOOM,
      animate: false,
      duration: 0,
    });
  });

  it('fits a deep-linked park at once on the first view, and animates a later selection', () => {
    expect(plan({ done: undefined, selection: { park: 'park-b' } })).toMatchObject({ kind: 'fit', bounds: parkBounds(b), animate: false });
    expect(plan({ selection: { park: 'park-b' } })).toMatchObject({ kind: 'fit', bounds: parkBounds(b), animate: true, duration: MOVE_MS });
  });

  it('does not animate for a reader who asked for reduced motion', () => {
    expect(plan({ selection: { park: 'park-b' }, reducedMotion: true })).toMatchObject({ kind: 'fit', animate: false, duration: 0 });
  });

  it('keeps the camera a link carries at load instead of fitting the selection', () => {
    expect(plan({ done: undefined, urlCameraAtLoad: true, selection: { park: 'park-b' } })).toEqual({ kind: 'none' });
    // Later selections are fitted as usual.
    expect(plan({ urlCameraAtLoad: true, selection: { park: 'park-b' } })).toMatchObject({ kind: 'fit' });
  });

  it('does nothing when the selection has not changed (a camera-only update, a catalog that grew)', () => {
    const selection = { park: 'park-b' };
    expect(plan({ selection, done: selectionKey(selection) })).toEqual({ kind: 'none' });
  });

  it('centres a project without zooming out', () => {
    const selection = { project: 'park-a-project' };
    expect(plan({ selection, now: { center: [0, 0], zoom: 10 } })).toMatchObject({
      kind: 'ease',
      camera: { center: [125.405, 44.004], zoom: 14 },
    });
    expect(plan({ selection, now: { center: [0, 0], zoom: 16.5 } })).toMatchObject({ kind: 'ease', camera: { zoom: 16.5 } });
  });

  it('waits for a zone whose park is loading, and gives up (no move) on an id nobody knows', () => {
    expect(plan({ catalog: partial, selection: { park: 'park-b', zone: 'zone-a' } })).toEqual({ kind: 'wait' });
    expect(plan({ selection: { park: 'no-such-park' } })).toEqual({ kind: 'none' });
  });

  it('returns at once to the camera of a history entry on Back/Forward, unless it is already there', () => {
    const history = { cause: 'pop' as const, camera: { lat: 30.3, lon: 120.3, zoom: 12 } };
    expect(plan({ history, selection: { park: 'park-b' } })).toEqual({ kind: 'jump', camera: { center: [120.3, 30.3], zoom: 12 } });
    expect(plan({ history, now: { center: [120.3 + 360, 30.3], zoom: 12 } })).toEqual({ kind: 'none' });
    // The first view of a map has no entry to return to: it follows the link.
    expect(plan({ history, done: undefined, selection: { park: 'park-b' } })).toMatchObject({ kind: 'fit', animate: false });
  });
});

describe('fit padding: beside what covers the map', () => {
  const frame = { width: 1000, height: 800, attribution: 0 };

  it('keeps clear of the open legend, unless it takes half the map', () => {
    expect(fitPadding(frame, { legend: 228, sheet: 0 }).left).toBe(252);
    expect(fitPadding({ ...frame, width: 400 }, { legend: 228, sheet: 0 }).left).toBe(FIT_PADDING.left);
    expect(fitPadding(frame, { legend: 0, sheet: 0 })).toEqual(FIT_PADDING);
  });

  it('keeps clear of a tall attribution and of the phone’s bottom sheet', () => {
    expect(fitPadding({ ...frame, attribution: 20 }, { legend: 0, sheet: 0 }).bottom).toBe(FIT_PADDING.bottom);
    expect(fitPadding({ ...frame, attribution: 40 }, { legend: 0, sheet: 0 }).bottom).toBe(96);
    expect(fitPadding(frame, { legend: 0, sheet: 400 }).bottom).toBe(424);
    // A sheet over nearly all of the map leaves nothing to fit above it.
    expect(fitPadding(frame, { legend: 0, sheet: 700 }).bottom).toBe(FIT_PADDING.bottom);
  });

  it('passes the insets through to the planned fit', () => {
    const fit = plan({ selection: { park: 'park-b' }, insets: { legend: 200, sheet: 300 } });
    expect(fit).toMatchObject({ kind: 'fit', padding: { ...FIT_PADDING, left: 224, bottom: 324 } });
  });

  it('measures how much of the map a bottom sheet covers, and nothing for a panel beside the map', () => {
    const map = { top: 100, bottom: 844, left: 0 };
    expect(sheetCover(map, { top: 380, bottom: 844, left: 0 })).toBe(464);
    expect(sheetCover(map, { top: 52, bottom: 800, left: 880 })).toBe(0);
    expect(sheetCover(map, { top: 900, bottom: 950, left: 0 })).toBe(0);
  });
});

describe('the camera in the URL', () => {
  it('wraps the longitude as MapLibre does and keeps latitude within Web Mercator', () => {
    expect(urlCamera({ center: [125.5, 44], zoom: 9 })).toEqual({ zoom: 9, lat: 44, lon: 125.5 });
    expect(urlCamera({ center: [485.5, 44], zoom: 9 }).lon).toBeCloseTo(125.5, 9);
    expect(urlCamera({ center: [-180, 89], zoom: 1 })).toEqual({ zoom: 1, lat: 85.05, lon: 180 });
  });
});
