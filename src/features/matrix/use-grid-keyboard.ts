import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createGridFocusStore, type GridFocusStore } from './grid-focus';
import { nextGridCell, type GridCellPosition } from './grid-keyboard';
import { cellKey } from './matrix-slots';

/**
 * The grid's one tab stop: it starts at, and follows, the cell the URL selects, and stays
 * inside the grid when the grid shrinks.
 */
export function useGridTabStop(
  size: { rows: number; cols: number },
  selected: GridCellPosition | undefined,
): GridFocusStore {
  const [focus] = useState(() => createGridFocusStore(selected ?? { row: 1, col: 1 }));
  // When the URL selects another cell (a click, Back, Forward), the tab stop follows it.
  const selectedRow = selected?.row;
  const selectedCol = selected?.col;
  useLayoutEffect(() => {
    if (selectedRow !== undefined && selectedCol !== undefined)
      focus.getState().moveTo({ row: selectedRow, col: selectedCol });
  }, [focus, selectedRow, selectedCol]);
  // A smaller debate or grid must not leave the tab stop outside it.
  const { rows, cols } = size;
  useLayoutEffect(() => {
    const { active, moveTo } = focus.getState();
    moveTo({ row: Math.min(active.row, rows - 1), col: Math.min(active.col, cols - 1) });
  }, [focus, rows, cols]);
  return focus;
}

/**
 * Arrow keys, Page Up and Down, Home and End move the tab stop and focus with it. A virtual
 * grid may not have rendered the next cell yet: `reveal` scrolls it into view, and the cell
 * takes focus as it mounts.
 */
export function useGridKeyboard(
  focus: GridFocusStore,
  size: { rows: number; cols: number },
  onCellFocused: (cell: GridCellPosition) => void,
  reveal: ((cell: GridCellPosition) => void) | undefined,
) {
  const elements = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | null>(null);
  const onRegister = useCallback((row: number, col: number, element: HTMLElement | null) => {
    const key = cellKey(row, col);
    if (!element) {
      elements.current.delete(key);
      return;
    }
    elements.current.set(key, element);
    if (pendingFocus.current === key) {
      pendingFocus.current = null;
      element.focus();
    }
  }, []);
  const onFocusCell = useCallback(
    (row: number, col: number) => {
      focus.getState().moveTo({ row, col });
      onCellFocused({ row, col });
    },
    [focus, onCellFocused],
  );

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const next = nextGridCell(focus.getState().active, event, size);
    if (!next) return;
    event.preventDefault();
    focus.getState().moveTo(next);
    reveal?.(next);
    const key = cellKey(next.row, next.col);
    const element = elements.current.get(key);
    if (element) element.focus();
    else pendingFocus.current = key;
  }

  return { onRegister, onFocusCell, onKeyDown };
}
