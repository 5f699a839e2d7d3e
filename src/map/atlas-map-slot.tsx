import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { AtlasMapProps } from './atlas-map-props';
import { MapFailureNotice, type MapFailure } from './map-failure';
import { canDrawMaps } from './map-support';
import { pendingAttribution, PendingAttribution } from './pending-attribution';

let module: Promise<typeof import('./atlas-map')> | undefined;

/** The map's chunk did not arrive, as opposed to a map that broke once it had. */
class MapChunkError extends Error {
  constructor(cause: unknown) {
    super("the map's script could not be loaded", { cause });
  }
}

/**
 * atlas-map.tsx and MapLibre (1 MB of script) in a chunk of their own, asked for once. index.html
 * preloads that chunk beside the app's (scripts/vite-plugin-app-entry.ts), so the browser compiles
 * the two in parallel and the app's panel and catalog no longer wait for MapLibre's compile: the
 * app started ~115 ms and a project link's panel ~95 ms sooner (8 alternated loads on loopback).
 */
export function loadAtlasMap(): Promise<typeof import('./atlas-map')> {
  module ??= import('./atlas-map').catch((error: unknown) => {
    throw new MapChunkError(error);
  });
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
 * The map's chunk could not be fetched (a deploy replaced it, the connection dropped), or the map
 * broke while drawing: the page keeps its lists and panels and says which, where a static import
 * lost it all (and calling a crash a failed download sent readers to reload in vain).
 */
class MapFailureBoundary extends Component<{ props: AtlasMapProps; children: ReactNode }, { failed: MapFailure | null }> {
  state: { failed: MapFailure | null } = { failed: null };
  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof MapChunkError ? 'script' : 'crashed' };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    const { className, attributes, variant = 'atlas', lang } = this.props.props;
    return (
      <>
        <div className={className} data-map-state="failed" {...attributes} />
        {variant === 'atlas' && <MapFailureNotice failure={this.state.failed} lang={lang} />}
      </>
    );
  }
}

/** Every map on a page: an AtlasMap once its chunk is in, its placeholder until then. */
export function AtlasMapSlot(props: AtlasMapProps) {
  return (
    <MapFailureBoundary props={props}>
      <Suspense fallback={<MapPlaceholder {...props} />}>
        <LazyAtlasMap {...props} />
      </Suspense>
    </MapFailureBoundary>
  );
}
