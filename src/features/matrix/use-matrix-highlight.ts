import { create } from 'zustand';

// Which row and column the pointer or keyboard focus is on: transient view state that
// does not belong in the URL. Components read it through the selector hooks below, so a
// move re-renders only the cells whose highlight changes.

interface Cell {
  row: number;
  col: number;
}

interface HighlightState {
  hovered: Cell | null;
  focused: Cell | null;
  events: {
    cellHovered: (cell: Cell) => void;
    pointerLeftMatrix: () => void;
    cellFocused: (cell: Cell) => void;
    focusLeftMatrix: () => void;
  };
}

const useHighlightStore = create<HighlightState>()((set) => ({
  hovered: null,
  focused: null,
  events: {
    cellHovered: (cell) => set({ hovered: cell }),
    pointerLeftMatrix: () => set({ hovered: null }),
    cellFocused: (cell) => set({ focused: cell }),
    focusLeftMatrix: () => set({ focused: null }),
  },
}));

const active = (s: HighlightState) => s.hovered ?? s.focused;

export const useIsRowHighlighted = (row: number) =>
  useHighlightStore((s) => active(s)?.row === row);

export const useIsColumnHighlighted = (col: number) =>
  useHighlightStore((s) => active(s)?.col === col);

export const useMatrixHighlightEvents = () => useHighlightStore((s) => s.events);
