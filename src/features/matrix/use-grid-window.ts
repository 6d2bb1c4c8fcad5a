import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { scrollToShow, visibleRange, type GridAxis } from './grid-window';

// The fixed geometry of a virtualised matrix: every row and column the same size, so the
// position of any cell, rendered or not, is known without measuring it. Widths and heights
// in px; SPACING is the table's border-spacing (see .matrix in app.css).
export const VIRTUAL_GEOMETRY = {
  rowHeight: 76,
  colWidth: 120,
  topicWidth: 200,
  spacing: 3,
} as const;

const { rowHeight, colWidth, topicWidth, spacing } = VIRTUAL_GEOMETRY;
// Rows and columns rendered beyond each edge of the viewport, so a scroll or an arrow key
// usually finds the next ones already there.
const OVERSCAN_ROWS = 3;
const OVERSCAN_COLS = 2;
/** The frame's size before it is measured: its CSS height limit (see .is-virtual in
 *  app.css), and the matrix's share of the window's width (5 of 11 columns from 960 px
 *  up, see .explorer). Rendering for a wider guess would cost the first paint cells the
 *  frame cannot show; the frame's first measurement corrects the guess either way. */
function estimatedFrame() {
  const { innerHeight = 900, innerWidth = 1280 } = typeof window === 'undefined' ? {} : window;
  return {
    height: Math.min(0.75 * innerHeight, 768),
    width: innerWidth >= 960 ? (innerWidth * 5) / 11 : innerWidth,
  };
}

/** A small grid renders every cell, so its window is never read: any size will do. */
const UNMEASURED = { height: 0, width: 0 };

export const rowAxis = (count: number): GridAxis => ({ count, size: rowHeight, gap: spacing });
export const colAxis = (count: number): GridAxis => ({ count, size: colWidth, gap: spacing });

/** The range of body rows and of body columns (0-based, headers excluded) to render. */
export interface GridWindow {
  rows: [number, number];
  cols: [number, number];
}

const sameWindow = (a: GridWindow, b: GridWindow) =>
  a.rows[0] === b.rows[0] &&
  a.rows[1] === b.rows[1] &&
  a.cols[0] === b.cols[0] &&
  a.cols[1] === b.cols[1];

function windowAt(
  bodyRows: number,
  bodyCols: number,
  { top, left, height, width }: { top: number; left: number; height: number; width: number },
): GridWindow {
  return {
    rows: visibleRange(rowAxis(bodyRows), top, height, OVERSCAN_ROWS),
    cols: visibleRange(colAxis(bodyCols), left, width, OVERSCAN_COLS),
  };
}

/**
 * Tracks which rows and columns of the scrolling frame are in view. Re-renders only when
 * that range changes, not on every scroll event.
 */
export function useGridWindow(enabled: boolean, bodyRows: number, bodyCols: number) {
  /** The scrolling element, and the sticky header row inside it. */
  const frame = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  // Until the frame is measured, as if it were at the top left of a large viewport. Only a
  // virtual grid asks the window: reading its size while hydrating forced a style
  // recalculation of the whole page (~90 ms on a slow phone) that a small grid never needs.
  const [range, setRange] = useState(() =>
    windowAt(bodyRows, bodyCols, {
      top: 0,
      left: 0,
      ...(enabled ? estimatedFrame() : UNMEASURED),
    }),
  );
  const sync = useCallback(() => {
    const el = frame.current;
    if (!el) return;
    // Rows start below the header row, columns right of the topic column.
    const next = windowAt(bodyRows, bodyCols, {
      top: el.scrollTop - (head.current?.offsetHeight ?? 0) - spacing,
      left: el.scrollLeft - topicWidth - spacing,
      height: el.clientHeight,
      width: el.clientWidth,
    });
    setRange((previous) => (sameWindow(previous, next) ? previous : next));
  }, [bodyRows, bodyCols]);

  useLayoutEffect(() => {
    const el = frame.current;
    if (!enabled || !el) return;
    el.addEventListener('scroll', sync, { passive: true });
    // A ResizeObserver reports the frame's size as soon as it observes it: the first measure.
    const resized = new ResizeObserver(sync);
    resized.observe(el);
    return () => {
      el.removeEventListener('scroll', sync);
      resized.disconnect();
    };
  }, [enabled, sync]);

  /** Scrolls the frame so the cell is in view, and renders what is then in view at once. */
  const scrollToCell = useCallback(
    ({ row, col }: { row: number; col: number }) => {
      const el = frame.current;
      if (!el) return;
      const headHeight = (head.current?.offsetHeight ?? 0) + spacing;
      if (row > 0)
        el.scrollTop = scrollToShow(
          rowAxis(bodyRows),
          row - 1,
          el.scrollTop,
          el.clientHeight,
          headHeight,
        );
      if (col > 0)
        el.scrollLeft = scrollToShow(
          colAxis(bodyCols),
          col - 1,
          el.scrollLeft,
          el.clientWidth,
          topicWidth + spacing,
        );
      sync();
    },
    [bodyRows, bodyCols, sync],
  );

  return { frame, head, range, scrollToCell };
}
