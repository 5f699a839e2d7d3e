import { useEffect } from 'react';

/** What AtlasMap is told to call its canvas, zoom buttons and gesture hints (see its `labels` prop). */
export type MapLabels = { map: string; zoomIn: string; zoomOut: string; wheelHelp?: string; touchHelp?: string };

/** The parts of a MapLibre map this needs (only atlas-map.tsx holds MapLibre's own type). */
type LabelledMap = { getCanvas(): HTMLCanvasElement; getContainer(): HTMLElement };

/** Names the map's canvas and controls in the page's language, again whenever `labels` changes. */
export function useMapLabels(map: LabelledMap | null, labels: MapLabels | undefined): void {
  useEffect(() => {
    if (!map || !labels) return;
    map.getCanvas().setAttribute('aria-label', labels.map);
    const el = map.getContainer();
    const buttons: [string, string][] = [
      ['.maplibregl-ctrl-zoom-in', labels.zoomIn],
      ['.maplibregl-ctrl-zoom-out', labels.zoomOut],
    ];
    for (const [selector, text] of buttons) {
      const button = el.querySelector(selector);
      button?.setAttribute('aria-label', text);
      button?.setAttribute('title', text);
    }
    // MapLibre's cooperative-gesture hints (aria-hidden; its own words are English only).
    const hints: [string, string | undefined][] = [
      ['.maplibregl-desktop-message', labels.wheelHelp],
      ['.maplibregl-mobile-message', labels.touchHelp],
    ];
    for (const [selector, text] of hints) {
      const hint = el.querySelector(selector);
      if (hint && text) hint.textContent = text;
    }
  }, [map, labels]);
}
