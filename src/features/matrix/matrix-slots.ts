import type { GridCellPosition } from './grid-keyboard';
import type { AxisSlot } from './grid-window';
import type { MatrixModel } from './matrix-layout';

// Where the URL's selection and the rendered rows and columns sit in the grid. Pure, so the
// arithmetic is tested apart from the component.

export interface MatrixSelection {
  topicId?: string | undefined;
  speakerId?: string | undefined;
}

/** The grid cell that shows what the URL selects, if any. */
export function selectedCell(
  model: Pick<MatrixModel, 'topics' | 'speakers'>,
  { topicId, speakerId }: MatrixSelection,
): GridCellPosition | undefined {
  const row = model.topics.findIndex((t) => t.id === topicId);
  if (row === -1) {
    const col = model.speakers.findIndex((s) => s.id === speakerId);
    return col === -1 ? undefined : { row: 0, col: col + 1 };
  }
  const col = speakerId ? model.speakers.findIndex((s) => s.id === speakerId) + 1 : 0;
  return { row: row + 1, col: Math.max(col, 0) };
}

export const cellKey = (row: number, col: number) => `${row}:${col}`;

/** Every item of an axis, none skipped: a matrix small enough to render whole. */
export const everything = (count: number): AxisSlot[] =>
  Array.from({ length: count }, (_, index) => ({ index }));

/** A React key that stays with its row or column as the window scrolls. */
export function slotKey(slots: readonly AxisSlot[], i: number): string {
  const slot = slots[i];
  if (slot && 'index' in slot) return `i${slot.index}`;
  // A run of skipped items always ends before a rendered one or at the end of the axis.
  const after = slots[i + 1];
  return after && 'index' in after ? `gap-before-${after.index}` : 'gap-end';
}
