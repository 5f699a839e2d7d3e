import { useState } from 'react';
import { sheetCover } from '../map/camera-plan';
import { useUiStore } from '../store/ui-store';
import { useSizeRef } from '../ui/use-size-ref';

/**
 * At phone width the side panel is a bottom sheet over the map: the app measures how much of the
 * map it covers (the map's stage and the panel, whenever either changes size) into the UI store,
 * and the camera fits above it. On a wide screen the panel sits beside the map and covers nothing.
 */
export function useSheetInset(): { stage: (el: HTMLElement | null) => void; sheet: (el: HTMLElement | null) => void } {
  const [measure] = useState(() => {
    const boxes: { stage: HTMLElement | null; sheet: HTMLElement | null } = { stage: null, sheet: null };
    const write = () => {
      const { stage, sheet } = boxes;
      useUiStore
        .getState()
        .setMapInset('sheet', stage && sheet ? sheetCover(stage.getBoundingClientRect(), sheet.getBoundingClientRect()) : 0);
    };
    return {
      stage: (el: HTMLElement | null) => {
        boxes.stage = el;
        write();
      },
      sheet: (el: HTMLElement | null) => {
        boxes.sheet = el;
        write();
      },
    };
  });
  return { stage: useSizeRef(measure.stage), sheet: useSizeRef(measure.sheet) };
}
