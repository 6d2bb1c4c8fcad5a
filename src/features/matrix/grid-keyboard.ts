// The WAI-ARIA APG grid's keyboard model as a pure function: where focus goes next.

export interface GridCellPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** How many rows Page Up and Page Down move. */
export const PAGE_ROWS = 5;

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * The cell that receives focus after a key press, or `null` when the grid does not handle
 * the key (so the browser's default, such as Enter following a link, goes ahead).
 * Movement stops at the edges; it never wraps.
 */
export function nextGridCell(
  current: GridCellPosition,
  { key, ctrlKey = false, metaKey = false }: GridKey,
  { rows, cols }: GridSize,
): GridCellPosition | null {
  if (rows <= 0 || cols <= 0) return null;
  const lastRow = rows - 1;
  const lastCol = cols - 1;
  const row = clamp(current.row, lastRow);
  const col = clamp(current.col, lastCol);
  const whole = ctrlKey || metaKey;
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(row - 1, lastRow), col };
    case 'ArrowDown':
      return { row: clamp(row + 1, lastRow), col };
    case 'ArrowLeft':
      return { row, col: clamp(col - 1, lastCol) };
    case 'ArrowRight':
      return { row, col: clamp(col + 1, lastCol) };
    case 'Home':
      return whole ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return whole ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: clamp(row - PAGE_ROWS, lastRow), col };
    case 'PageDown':
      return { row: clamp(row + PAGE_ROWS, lastRow), col };
    default:
      return null;
  }
}
