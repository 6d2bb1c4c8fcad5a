import { useMemo, type CSSProperties } from 'react';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { useSpeakerOrder } from '@/lib/preferences';
import { useText } from '@/lib/i18n/use-text';
import { GridCell } from './grid-cell';
import { GridFocusProvider, useActiveCell } from './grid-focus';
import { axisSlots } from './grid-window';
import { bodyCell, columnGap, columnHeader, topicHeader, type CellContext } from './matrix-cells';
import { layoutMatrix } from './matrix-layout';
import { cellKey, everything, selectedCell, slotKey, type MatrixSelection } from './matrix-slots';
import { useGridKeyboard, useGridTabStop } from './use-grid-keyboard';
import { colAxis, rowAxis, useGridWindow, VIRTUAL_GEOMETRY } from './use-grid-window';
import { useMatrixHighlightEvents } from './use-matrix-highlight';
import { useMatrixOrder } from './use-matrix-order';

/**
 * Above this many stance cells the matrix renders only the rows and columns in view. Chosen
 * by measurement (npm run bench): drawn whole, 100 stances take about 55 ms to first paint
 * and 1,000 take about 340 ms, so anything much past a few hundred misses the budgets. The
 * bundled debate stays far below it, so its prerendered page holds every cell.
 */
const VIRTUALISE_ABOVE = 300;

/**
 * Topics × speakers, plus the relation between the two speakers: an ARIA grid with one
 * tab stop, arrow-key movement and a real link in every cell. Large debates render only the
 * rows and columns in view (plus the focused cell's), with aria-rowindex and aria-colindex
 * telling assistive technology where each rendered cell sits.
 */
export function DebateMatrix({ selection }: { selection: MatrixSelection }) {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const nameOf = useSpeakerName();
  const speakers = useSpeakerOrder(debate.speakers);
  const order = useMatrixOrder();
  const model = useMemo(
    () => layoutMatrix(debate, speakers, t, nameOf, order),
    [debate, speakers, t, nameOf, order],
  );
  const { rows, cols } = model.size;
  const { cellFocused, focusLeftMatrix, pointerLeftMatrix } = useMatrixHighlightEvents();

  const selected = selectedCell(model, selection);
  const focus = useGridTabStop(model.size, selected);

  const virtual = model.topics.length * model.speakers.length > VIRTUALISE_ABOVE;
  const { frame, head, range, scrollToCell } = useGridWindow(virtual, rows - 1, cols - 1);
  // The focused cell's row and column stay rendered when scrolled away: it is the tab stop.
  const pinnedRow = useActiveCell(focus, ({ row }) =>
    virtual && row > 0 && (row - 1 < range.rows[0] || row - 1 > range.rows[1]) ? row - 1 : -1,
  );
  const pinnedCol = useActiveCell(focus, ({ col }) =>
    virtual && col > 0 && (col - 1 < range.cols[0] || col - 1 > range.cols[1]) ? col - 1 : -1,
  );
  const rowSlots = virtual
    ? axisSlots(rowAxis(rows - 1), range.rows, [pinnedRow])
    : everything(rows - 1);
  const colSlots = virtual
    ? axisSlots(colAxis(cols - 1), range.cols, [pinnedCol])
    : everything(cols - 1);

  const { onRegister, onFocusCell, onKeyDown } = useGridKeyboard(
    focus,
    model.size,
    cellFocused,
    virtual ? scrollToCell : undefined,
  );

  const { rowHeight, colWidth, topicWidth, spacing } = VIRTUAL_GEOMETRY;
  const cells: CellContext = {
    model,
    t,
    nameOf,
    dataLang,
    selectedKey: selected && cellKey(selected.row, selected.col),
    common: { onRegister, onFocusCell },
    width: (w) => (virtual ? w : undefined),
    colWidth,
  };

  const frameStyle = virtual
    ? ({ '--matrix-row-height': `${rowHeight}px` } as CSSProperties)
    : undefined;
  const tableWidth = topicWidth + (cols - 1) * colWidth + (cols + 1) * spacing;

  return (
    <GridFocusProvider store={focus}>
      <div
        ref={frame}
        className={virtual ? 'matrix-frame is-virtual' : 'matrix-frame'}
        style={frameStyle}
        onPointerLeave={pointerLeftMatrix}
      >
        <table
          role="grid"
          className="matrix"
          style={virtual ? { width: tableWidth } : undefined}
          aria-labelledby="matrix-heading"
          aria-describedby="matrix-hint"
          aria-rowcount={rows}
          aria-colcount={cols}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) focusLeftMatrix();
          }}
        >
          <thead ref={head}>
            <tr role="row" aria-rowindex={1}>
              <GridCell
                as="th"
                role="columnheader"
                row={0}
                col={0}
                width={cells.width(topicWidth)}
                className="corner-cell"
                {...cells.common}
              >
                {t.topicColumn}
              </GridCell>
              {colSlots.map((slot, i) =>
                'index' in slot
                  ? columnHeader(cells, slot.index + 1)
                  : columnGap(slot, slotKey(colSlots, i)),
              )}
            </tr>
          </thead>
          <tbody>
            {rowSlots.map((rowSlot, i) => {
              if ('skipped' in rowSlot)
                return (
                  <tr
                    key={slotKey(rowSlots, i)}
                    aria-hidden="true"
                    className="grid-gap"
                    style={{ height: rowSlot.px }}
                  >
                    <td colSpan={colSlots.length + 1} />
                  </tr>
                );
              const ti = rowSlot.index;
              return (
                <tr role="row" key={model.row(ti).topic.id} aria-rowindex={ti + 2}>
                  {topicHeader(cells, ti)}
                  {colSlots.map((slot, j) =>
                    'index' in slot
                      ? bodyCell(cells, ti, slot.index + 1)
                      : columnGap(slot, slotKey(colSlots, j)),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </GridFocusProvider>
  );
}
