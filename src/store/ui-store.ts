import { create } from 'zustand';
import { zoneKey } from '../catalog/catalog';
import type { UrlState } from '../url/registry';

/** Transient UI state: never shared by link, lost on reload by design. */
export type HoverTarget = { kind: 'park' | 'zone' | 'project'; id: string } | null;

/** What the map lights up for a selection (ids as the map keys them); links and the map's own pointer share it. */
export function hoverOf(to: Pick<UrlState, 'park' | 'zone' | 'project'> | undefined): HoverTarget {
  if (to?.project) return { kind: 'project', id: to.project };
  if (to?.park && to.zone) return { kind: 'zone', id: zoneKey(to.park, to.zone) };
  return to?.park ? { kind: 'park', id: to.park } : null;
}

/**
 * CSS pixels of the map the app draws over: the open legend's width at its left, and the part of
 * its bottom the phone's bottom sheet covers. Measured by their owners as they change size (not
 * per frame); the camera fits beside them (map/camera-plan.ts).
 */
export type MapInsets = { legend: number; sheet: number };

type UiState = {
  hover: HoverTarget;
  /** The bottom sheet at phone width: collapsed shows a peek of the panel. */
  sheetExpanded: boolean;
  /** The citation popover that is open, by a key its owner chooses. */
  openCitation: string | null;
  /** How many top-level parks the list shows (it grows by pages; kept while the reader visits a park and returns). */
  listShown: number;
  setHover: (hover: HoverTarget) => void;
  setSheetExpanded: (expanded: boolean) => void;
  setOpenCitation: (key: string | null) => void;
  setListShown: (n: number) => void;
  /** The projects table's rows when it narrows the catalog (text filter, one park): the map shows only these. */
  tableRows: ReadonlySet<string> | null;
  mapInsets: MapInsets;
  setMapInset: (key: keyof MapInsets, px: number) => void;
};

/** Top-level parks the list shows at first and adds per "Show more": enough to scroll, few enough to mount and unmount at once. */
export const LIST_PAGE = 100;

export const useUiStore = create<UiState>((set) => ({
  hover: null,
  sheetExpanded: true,
  openCitation: null,
  listShown: LIST_PAGE,
  setHover: (hover) => set({ hover }),
  setSheetExpanded: (sheetExpanded) => set({ sheetExpanded }),
  setOpenCitation: (openCitation) => set({ openCitation }),
  setListShown: (listShown) => set({ listShown }),
  tableRows: null,
  mapInsets: { legend: 0, sheet: 0 },
  setMapInset: (key, px) => set((s) => (s.mapInsets[key] === px ? s : { mapInsets: { ...s.mapInsets, [key]: px } })),
}));
