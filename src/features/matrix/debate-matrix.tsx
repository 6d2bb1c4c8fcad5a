import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDebateView, useSpeakerName } from '@/model/debate-context';
import { useSpeakerOrder } from '@/lib/preferences';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { PositionGlyph } from '@/ui/position-glyph';
import { relationSymbol } from '@/ui/relation-badge';
import { GridCell } from './grid-cell';
import { nextGridCell, type GridCellPosition } from './grid-keyboard';
import { layoutMatrix, type MatrixModel } from './matrix-layout';
import { useMatrixHighlightEvents } from './use-matrix-highlight';

export interface MatrixSelection {
  topicId?: string | undefined;
  speakerId?: string | undefined;
}

/** The grid cell that shows what the URL selects, if any. */
function selectedCell(
  model: MatrixModel,
  { topicId, speakerId }: MatrixSelection,
): GridCellPosition | undefined {
  const row = model.rows.findIndex((r) => r.topic.id === topicId);
  if (row === -1) {
    const col = model.speakers.findIndex((s) => s.id === speakerId);
    return col === -1 ? undefined : { row: 0, col: col + 1 };
  }
  const col = speakerId ? model.speakers.findIndex((s) => s.id === speakerId) + 1 : 0;
  return { row: row + 1, col: Math.max(col, 0) };
}

const cellKey = (row: number, col: number) => `${row}:${col}`;

/**
 * Topics × speakers, plus the relation between the two speakers: an ARIA grid with one
 * tab stop, arrow-key movement and a real link in every cell.
 */
export function DebateMatrix({ selection }: { selection: MatrixSelection }) {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const nameOf = useSpeakerName();
  const speakers = useSpeakerOrder(debate.speakers);
  const model = useMemo(
    () => layoutMatrix(debate, speakers, t, nameOf),
    [debate, speakers, t, nameOf],
  );
  const { cellFocused, focusLeftMatrix, pointerLeftMatrix } = useMatrixHighlightEvents();

  const selected = selectedCell(model, selection);
  const selectedKey = selected && cellKey(selected.row, selected.col);
  const [active, setActive] = useState<GridCellPosition>(selected ?? { row: 1, col: 1 });
  // When the URL selects another cell (a click, Back, Forward), the tab stop follows it.
  const [lastSelectedKey, setLastSelectedKey] = useState(selectedKey);
  if (selectedKey !== lastSelectedKey) {
    setLastSelectedKey(selectedKey);
    if (selected) setActive(selected);
  }
  const current = {
    row: Math.min(active.row, model.size.rows - 1),
    col: Math.min(active.col, model.size.cols - 1),
  };

  const elements = useRef(new Map<string, HTMLElement>());
  const onRegister = useCallback((row: number, col: number, element: HTMLElement | null) => {
    if (element) elements.current.set(cellKey(row, col), element);
    else elements.current.delete(cellKey(row, col));
  }, []);
  const onFocusCell = useCallback(
    (row: number, col: number) => {
      setActive({ row, col });
      cellFocused({ row, col });
    },
    [cellFocused],
  );

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const next = nextGridCell(current, event, model.size);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    elements.current.get(cellKey(next.row, next.col))?.focus();
  }

  const isActive = (row: number, col: number) => current.row === row && current.col === col;
  const isSelected = (row: number, col: number) => selectedKey === cellKey(row, col);
  const relationCol = model.speakers.length + 1;
  const common = { onRegister, onFocusCell };

  return (
    <div className="matrix-frame" onPointerLeave={pointerLeftMatrix}>
      <table
        role="grid"
        className="matrix"
        aria-labelledby="matrix-heading"
        aria-describedby="matrix-hint"
        aria-rowcount={model.size.rows}
        aria-colcount={model.size.cols}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) focusLeftMatrix();
        }}
      >
        <thead>
          <tr role="row">
            <GridCell
              as="th"
              role="columnheader"
              row={0}
              col={0}
              isActive={isActive(0, 0)}
              className="corner-cell"
              {...common}
            >
              {t.topicColumn}
            </GridCell>
            {model.speakers.map((speaker, i) => (
              <GridCell
                key={speaker.id}
                as="th"
                role="columnheader"
                row={0}
                col={i + 1}
                isActive={isActive(0, i + 1)}
                href={paths.speaker(speaker.id)}
                isCurrent={isSelected(0, i + 1)}
                {...common}
              >
                {nameOf(speaker)}
              </GridCell>
            ))}
            {model.hasRelations && (
              <GridCell
                as="th"
                role="columnheader"
                row={0}
                col={relationCol}
                isActive={isActive(0, relationCol)}
                className="relation-head"
                {...common}
              >
                {t.relationColumn}
              </GridCell>
            )}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r, ri) => {
            const row = ri + 1;
            return (
              <tr role="row" key={r.topic.id}>
                <GridCell
                  as="th"
                  role="rowheader"
                  row={row}
                  col={0}
                  isActive={isActive(row, 0)}
                  href={r.href}
                  isCurrent={isSelected(row, 0)}
                  className="topic-cell"
                  {...common}
                >
                  <span className="topic-heading" lang={dataLang}>
                    {r.topic.heading}
                  </span>
                  <span className="topic-poles" lang={dataLang}>
                    {r.topic.axis.from} ↔ {r.topic.axis.to}
                  </span>
                </GridCell>
                {r.cells.map((cell, ci) => (
                  <GridCell
                    key={cell.speaker.id}
                    as="td"
                    role="gridcell"
                    row={row}
                    col={ci + 1}
                    isActive={isActive(row, ci + 1)}
                    href={cell.href}
                    linkName={cell.name}
                    isCurrent={isSelected(row, ci + 1)}
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
                    {cell.encoding && <PositionGlyph encoding={cell.encoding} />}
                  </GridCell>
                ))}
                {model.hasRelations && (
                  <GridCell
                    as="td"
                    role="gridcell"
                    row={row}
                    col={relationCol}
                    isActive={isActive(row, relationCol)}
                    href={r.relation?.href}
                    linkName={r.relation?.name}
                    className={`relation-cell relation-${r.relation?.kind ?? 'none'}`}
                    {...common}
                  >
                    {r.relation && (
                      <>
                        <span className="relation-symbol" aria-hidden="true">
                          {relationSymbol(r.relation.kind)}
                        </span>
                        <span className="relation-text">{t.relationKinds[r.relation.kind]}</span>
                      </>
                    )}
                  </GridCell>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
