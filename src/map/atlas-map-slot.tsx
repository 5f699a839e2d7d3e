import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { AtlasMapProps } from './atlas-map';
import { MapFailureNotice } from './map-failure';
import { canDrawMaps } from './map-support';
import { pendingAttribution, PendingAttribution } from './pending-attribution';

let module: Promise<typeof import('./atlas-map')> | undefined;

/**
 * atlas-map.tsx and MapLibre (1 MB of script) in a chunk of their own, asked for once. index.html
 * preloads that chunk beside the app's (scripts/vite-plugin-app-entry.ts), so the browser compiles
 * the two in parallel and the app's panel and catalog no longer wait for MapLibre's compile: the
 * app started ~115 ms and a project link's panel ~95 ms sooner (8 alternated loads on loopback).
 */
export function loadAtlasMap(): Promise<typeof import('./atlas-map')> {
  module ??= import('./atlas-map');
  return module;
}

const LazyAtlasMap = lazy(() => loadAtlasMap().then((m) => ({ default: m.AtlasMap })));

/**
 * What AtlasMap itself renders before it has a map: the container, with the basemap's attribution
 * kept in place for the offline basemap. Same boxes, so nothing moves when the map's chunk arrives
 * (and index.html's first frame, which copies this, stays true: tests/ui/app-shell.test.tsx).
 */
function MapPlaceholder({ className, attributes, variant = 'atlas', basemap }: AtlasMapProps) {
  const attribution = pendingAttribution(variant, basemap, canDrawMaps());
  return (
    <>
      <div className={className} data-map-state="loading" {...attributes} />
      {attribution && <PendingAttribution text={attribution} />}
    </>
  );
}

/**
 * The map's chunk could not be fetched (a deploy replaced it, the connection dropped): the page
 * keeps its lists and panels and says why the map is missing, where a static import lost it all.
 */
class ChunkFailure extends Component<{ props: AtlasMapProps; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    const { className, attributes, variant = 'atlas', lang } = this.props.props;
    return (
      <>
        <div className={className} data-map-state="failed" {...attributes} />
        {variant === 'atlas' && <MapFailureNotice failure="script" lang={lang} />}
      </>
    );
  }
}

/** Every map on a page: an AtlasMap once its chunk is in, its placeholder until then. */
export function AtlasMapSlot(props: AtlasMapProps) {
  return (
    <ChunkFailure props={props}>
      <Suspense fallback={<MapPlaceholder {...props} />}>
        <LazyAtlasMap {...props} />
      </Suspense>
    </ChunkFailure>
  );
}
