import { create } from 'zustand';

/** Transient UI state: never shared by link, lost on reload by design. */
export type HoverTarget = { kind: 'park' | 'zone' | 'project'; id: string } | null;

type UiState = {
  hover: HoverTarget;
  /** The bottom sheet at phone width: collapsed shows a peek of the panel. */
  sheetExpanded: boolean;
  /** The citation popover that is open, by a key its owner chooses. */
  openCitation: string | null;
  setHover: (hover: HoverTarget) => void;
  setSheetExpanded: (expanded: boolean) => void;
  setOpenCitation: (key: string | null) => void;
};

export const useUiStore = create<UiState>((set) => ({
  hover: null,
  sheetExpanded: true,
  openCitation: null,
  setHover: (hover) => set({ hover }),
  setSheetExpanded: (sheetExpanded) => set({ sheetExpanded }),
  setOpenCitation: (openCitation) => set({ openCitation }),
}));
