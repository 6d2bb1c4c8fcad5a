import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { useSpeakerOrder } from '@/lib/preferences';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { ContestedMark } from '@/ui/adjudication-note';
import { relationSymbol } from '@/ui/relation-badge';
import { SpeakerMark } from '@/ui/speaker-mark';
import { AxisCellContent } from './axis-cell-content';
import { EvidencePips } from './evidence-pips';
import { GridCell } from './grid-cell';
import { createGridFocusStore, GridFocusProvider, useActiveCell } from './grid-focus';
import { nextGridCell, type GridCellPosition } from './grid-keyboard';
import { axisSlots, type AxisSlot } from './grid-window';
import { layoutMatrix, type MatrixModel } from './matrix-layout';
import { colAxis, rowAxis, useGridWindow, VIRTUAL_GEOMETRY } from './use-grid-window';
import { useMatrixHighlightEvents } from './use-matrix-highlight';
import { useMatrixOrder } from './use-matrix-order';

export interface MatrixSelection {
  topicId?: string | undefined;
  speakerId?: string | undefined;
}

/**
 * Above this many stance cells the matrix renders only the rows and columns in view. Chosen
 * by measurement (npm run bench): drawn whole, 100 stances take about 55 ms to first paint
 * and 1,000 take about 340 ms, so anything much past a few hundred misses the budgets. The
 * bundled debate stays far below it, so its prerendered page holds every cell.
 */
export const VIRTUALISE_ABOVE = 300;

/** The grid cell that shows what the URL selects, if any. */
function selectedCell(
  model: MatrixModel,
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

const cellKey = (row: number, col: number) => `${row}:${col}`;
const everything = (count: number): AxisSlot[] =>
  Array.from({ length: count }, (_, index) => ({ index }));
/** A React key that stays with its row or column as the window scrolls. */
function slotKey(slots: AxisSlot[], i: number): string {
  const slot = slots[i];
  if (slot && 'index' in slot) return `i${slot.index}`;
  // A run of skipped items always ends before a rendered one or at the end of the axis.
  const after = slots[i + 1];
  return after && 'index' in after ? `gap-before-${after.index}` : 'gap-end';
}

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
  const [focus] = useState(() => createGridFocusStore(selected ?? { row: 1, col: 1 }));
  // When the URL selects another cell (a click, Back, Forward), the tab stop follows it.
  const selectedRow = selected?.row;
  const selectedCol = selected?.col;
  const selectedKey = selected && cellKey(selected.row, selected.col);
  useLayoutEffect(() => {
    if (selectedRow !== undefined && selectedCol !== undefined)
      focus.getState().moveTo({ row: selectedRow, col: selectedCol });
  }, [focus, selectedRow, selectedCol]);
  // A smaller debate or grid must not leave the tab stop outside it.
  useLayoutEffect(() => {
    const { active, moveTo } = focus.getState();
    moveTo({ row: Math.min(active.row, rows - 1), col: Math.min(active.col, cols - 1) });
  }, [focus, rows, cols]);

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

  const elements = useRef(new Map<string, HTMLElement>());
  // A cell focused by key before it was rendered takes focus as it mounts.
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
      cellFocused({ row, col });
    },
    [focus, cellFocused],
  );

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const next = nextGridCell(focus.getState().active, event, model.size);
    if (!next) return;
    event.preventDefault();
    focus.getState().moveTo(next);
    if (virtual) scrollToCell(next);
    const key = cellKey(next.row, next.col);
    const element = elements.current.get(key);
    if (element) element.focus();
    else pendingFocus.current = key;
  }

  const isSelected = (row: number, col: number) => selectedKey === cellKey(row, col);
  const { relationCol, axisCol } = model;
  const common = { onRegister, onFocusCell };
  const { rowHeight, colWidth, topicWidth, spacing } = VIRTUAL_GEOMETRY;
  const width = (w: number) => (virtual ? w : undefined);

  /** A column header that is a label, not a link. */
  const labelHeader = (key: string, col: number, className: string, label: string) => (
    <GridCell
      key={key}
      as="th"
      role="columnheader"
      row={0}
      col={col}
      width={width(colWidth)}
      className={className}
      {...common}
    >
      {label}
    </GridCell>
  );

  function columnHeader(col: number) {
    if (col === relationCol) return labelHeader('relation', col, 'relation-head', t.relationColumn);
    if (col === axisCol) return labelHeader('axis', col, 'axis-head', t.axisColumn);
    const speaker = model.speakers[col - 1];
    return (
      speaker && (
        <GridCell
          key={speaker.id}
          as="th"
          role="columnheader"
          row={0}
          col={col}
          width={width(colWidth)}
          href={paths.speaker(speaker.id)}
          isCurrent={isSelected(0, col)}
          className="speaker-head"
          {...common}
        >
          <SpeakerMark index={col - 1} />
          {nameOf(speaker)}
        </GridCell>
      )
    );
  }

  function bodyCell(ti: number, col: number) {
    const row = ti + 1;
    if (col === relationCol) {
      const { relation } = model.row(ti);
      return (
        <GridCell
          key="relation"
          as="td"
          role="gridcell"
          row={row}
          col={col}
          href={relation?.href}
          linkName={relation?.name}
          className={`relation-cell relation-${relation?.kind ?? 'none'}`}
          {...common}
        >
          {relation && (
            <>
              <span className="relation-symbol" aria-hidden="true">
                {relationSymbol(relation.kind)}
              </span>
              <span className="relation-text">{t.relationKinds[relation.kind]}</span>
              {relation.contested ? <ContestedMark /> : null}
            </>
          )}
        </GridCell>
      );
    }
    if (col === axisCol) {
      const { axis } = model.row(ti);
      return (
        <GridCell
          key="axis"
          as="td"
          role="gridcell"
          row={row}
          col={col}
          href={axis.href}
          linkName={axis.name}
          className="axis-cell"
          {...common}
        >
          <AxisCellContent axis={axis} initials={model.initials} />
        </GridCell>
      );
    }
    const cell = model.cell(ti, col - 1);
    return (
      <GridCell
        key={cell.speaker.id}
        as="td"
        role="gridcell"
        row={row}
        col={col}
        href={cell.href}
        linkName={cell.name}
        isCurrent={isSelected(row, col)}
        className={`stance-cell state-${cell.stance?.position.state ?? 'not-addressed'}`}
        {...common}
      >
        {cell.stance ? (
          <span className="stance-label" lang={dataLang}>
            {cell.stance.label}
          </span>
        ) : (
          <span className="stance-label">{t.positionStates['not-addressed']}</span>
        )}
        {cell.stance && <EvidencePips quotes={cell.stance.quotes} />}
      </GridCell>
    );
  }

  /** A run of skipped columns, as one cell as wide as all of them. */
  const columnGap = (slot: AxisSlot, key: string) =>
    'skipped' in slot && (
      <td key={key} aria-hidden="true" className="grid-gap" style={{ width: slot.px }} />
    );

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
                width={width(topicWidth)}
                className="corner-cell"
                {...common}
              >
                {t.topicColumn}
              </GridCell>
              {colSlots.map((slot, i) =>
                'index' in slot
                  ? columnHeader(slot.index + 1)
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
              const row = ti + 1;
              const { topic, href } = model.row(ti);
              return (
                <tr role="row" key={topic.id} aria-rowindex={row + 1}>
                  <GridCell
                    as="th"
                    role="rowheader"
                    row={row}
                    col={0}
                    href={href}
                    isCurrent={isSelected(row, 0)}
                    className="topic-cell"
                    {...common}
                  >
                    <span className="topic-heading" lang={dataLang}>
                      {topic.heading}
                    </span>
                    <span className="topic-poles" lang={dataLang}>
                      {topic.axis.from} ↔ {topic.axis.to}
                    </span>
                  </GridCell>
                  {colSlots.map((slot, j) =>
                    'index' in slot
                      ? bodyCell(ti, slot.index + 1)
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
