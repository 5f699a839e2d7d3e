import { useEffect, useState } from 'react';
import { loadBasemapFilesOnce, type BasemapFiles } from './basemap-load';

/** Whether this browser can draw a map at all (jsdom cannot: no WebGL), checked before MapLibre is asked. */
export const canDrawMaps = (): boolean =>
  typeof window !== 'undefined' && ('WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window);

/** The offline basemap's files, fetched once for every map on the page; null until loaded (or when `enabled` is false). */
export function useBasemapFiles(enabled = true): BasemapFiles | null {
  const [files, setFiles] = useState<BasemapFiles | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void loadBasemapFilesOnce().then((f) => {
      if (live) setFiles(f);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return files;
}
