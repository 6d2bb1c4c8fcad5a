import { createContext, use, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { GridCellPosition } from './grid-keyboard';

// Which cell holds the grid's one tab stop. A store per matrix rather than state at the
// top of the matrix, so that moving focus re-renders only the two cells whose tab stop
// changes, not every cell of a debate of thousands.

interface GridFocusState {
  active: GridCellPosition;
  moveTo: (cell: GridCellPosition) => void;
}

export type GridFocusStore = StoreApi<GridFocusState>;

export function createGridFocusStore(initial: GridCellPosition): GridFocusStore {
  return createStore<GridFocusState>()((set, get) => ({
    active: initial,
    moveTo: (cell) => {
      const { active } = get();
      if (active.row !== cell.row || active.col !== cell.col) set({ active: cell });
    },
  }));
}

const GridFocusContext = createContext<GridFocusStore | null>(null);

export function GridFocusProvider({
  store,
  children,
}: {
  store: GridFocusStore;
  children: ReactNode;
}) {
  return <GridFocusContext value={store}>{children}</GridFocusContext>;
}

function useGridFocusStore(): GridFocusStore {
  const store = use(GridFocusContext);
  if (!store) throw new Error('a grid cell must be inside a GridFocusProvider');
  return store;
}

/** Whether the cell holds the tab stop; re-renders only when that changes. */
export function useIsActiveCell(row: number, col: number): boolean {
  return useStore(useGridFocusStore(), (s) => s.active.row === row && s.active.col === col);
}

/** A value derived from the active cell; re-renders only when the value changes. */
export function useActiveCell<T>(
  store: GridFocusStore,
  select: (active: GridCellPosition) => T,
): T {
  return useStore(store, (s) => select(s.active));
}
