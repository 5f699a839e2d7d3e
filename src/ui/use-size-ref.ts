import { useCallback, type RefCallback } from 'react';

/**
 * A ref callback that calls `measure` with its element when the element first lays out and
 * whenever its size changes (a ResizeObserver: after layout, never per frame of a map gesture),
 * and with null when the element goes. Without ResizeObserver (jsdom) it measures once.
 * Keep `measure` stable: a new one re-attaches.
 */
export function useSizeRef<T extends Element>(measure: (el: T | null) => void): RefCallback<T> {
  return useCallback(
    (el: T | null) => {
      if (!el) return;
      const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => measure(el));
      if (observer) observer.observe(el);
      else measure(el);
      return () => {
        observer?.disconnect();
        measure(null);
      };
    },
    [measure],
  );
}
