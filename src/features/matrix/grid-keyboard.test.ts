import { describe, expect, it } from 'vitest';
import { nextGridCell, PAGE_ROWS } from './grid-keyboard';

const size = { rows: 7, cols: 4 };
const at = (row: number, col: number) => ({ row, col });

describe('nextGridCell', () => {
  it('moves one cell with each arrow key', () => {
    expect(nextGridCell(at(2, 1), { key: 'ArrowUp' }, size)).toEqual(at(1, 1));
    expect(nextGridCell(at(2, 1), { key: 'ArrowDown' }, size)).toEqual(at(3, 1));
    expect(nextGridCell(at(2, 1), { key: 'ArrowLeft' }, size)).toEqual(at(2, 0));
    expect(nextGridCell(at(2, 1), { key: 'ArrowRight' }, size)).toEqual(at(2, 2));
  });

  it('stops at the edges instead of wrapping', () => {
    expect(nextGridCell(at(0, 0), { key: 'ArrowUp' }, size)).toEqual(at(0, 0));
    expect(nextGridCell(at(0, 0), { key: 'ArrowLeft' }, size)).toEqual(at(0, 0));
    expect(nextGridCell(at(6, 3), { key: 'ArrowDown' }, size)).toEqual(at(6, 3));
    expect(nextGridCell(at(6, 3), { key: 'ArrowRight' }, size)).toEqual(at(6, 3));
  });

  it('goes to the ends of the row with Home and End, and of the grid with Ctrl', () => {
    expect(nextGridCell(at(3, 2), { key: 'Home' }, size)).toEqual(at(3, 0));
    expect(nextGridCell(at(3, 2), { key: 'End' }, size)).toEqual(at(3, 3));
    expect(nextGridCell(at(3, 2), { key: 'Home', ctrlKey: true }, size)).toEqual(at(0, 0));
    expect(nextGridCell(at(3, 2), { key: 'End', ctrlKey: true }, size)).toEqual(at(6, 3));
    expect(nextGridCell(at(3, 2), { key: 'End', metaKey: true }, size)).toEqual(at(6, 3));
  });

  it('stops Page Down at the last row and Page Up at the first, from anywhere within a page', () => {
    for (let row = size.rows - PAGE_ROWS; row < size.rows; row++) {
      expect(nextGridCell(at(row, 2), { key: 'PageDown' }, size)).toEqual(at(6, 2));
    }
    for (let row = 0; row < PAGE_ROWS; row++) {
      expect(nextGridCell(at(row, 2), { key: 'PageUp' }, size)).toEqual(at(0, 2));
    }
  });

  it('keeps the column when moving by rows, and the row when moving by columns', () => {
    expect(nextGridCell(at(0, 3), { key: 'ArrowUp' }, size)).toEqual(at(0, 3));
    expect(nextGridCell(at(6, 0), { key: 'ArrowDown' }, size)).toEqual(at(6, 0));
    expect(nextGridCell(at(4, 0), { key: 'ArrowLeft' }, size)).toEqual(at(4, 0));
    expect(nextGridCell(at(4, 3), { key: 'ArrowRight' }, size)).toEqual(at(4, 3));
  });

  it('pages by five rows, clamped to the grid', () => {
    expect(nextGridCell(at(1, 1), { key: 'PageDown' }, size)).toEqual(at(6, 1));
    expect(nextGridCell(at(6, 1), { key: 'PageUp' }, size)).toEqual(at(1, 1));
    expect(nextGridCell(at(3, 1), { key: 'PageUp' }, size)).toEqual(at(0, 1));
  });

  it('leaves other keys, Enter included, to the browser', () => {
    expect(nextGridCell(at(1, 1), { key: 'Enter' }, size)).toBeNull();
    expect(nextGridCell(at(1, 1), { key: 'a' }, size)).toBeNull();
  });

  it('pulls a position left over from a larger grid back inside', () => {
    expect(nextGridCell(at(40, 9), { key: 'ArrowLeft' }, size)).toEqual(at(6, 2));
    expect(nextGridCell(at(-3, -1), { key: 'ArrowRight' }, size)).toEqual(at(0, 1));
  });

  it('handles an empty grid', () => {
    expect(nextGridCell(at(0, 0), { key: 'ArrowDown' }, { rows: 0, cols: 0 })).toBeNull();
    expect(nextGridCell(at(0, 0), { key: 'ArrowDown' }, { rows: 3, cols: 0 })).toBeNull();
    expect(nextGridCell(at(0, 0), { key: 'ArrowRight' }, { rows: 0, cols: 3 })).toBeNull();
  });
});
