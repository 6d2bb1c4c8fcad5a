import type { ReactNode } from 'react';
import type { Speaker } from '@/model/debate-schema';
import type { Messages } from '@/lib/i18n/messages-zh-hant';
import { paths } from '@/lib/paths';
import { ContestedMark } from '@/ui/adjudication-note';
import { relationSymbol } from '@/ui/relation-badge';
import { SpeakerMark } from '@/ui/speaker-mark';
import { AxisCellContent } from './axis-cell-content';
import { EvidencePips } from './evidence-pips';
import { GridCell, type GridCellProps } from './grid-cell';
import type { AxisSlot } from './grid-window';
import type { MatrixModel } from './matrix-layout';
import { cellKey } from './matrix-slots';

// The matrix's cells, one function per kind. Functions, not components: the matrix calls
// them for thousands of cells, and each cell already is one component (GridCell).

/** What every cell of one render of the matrix shares. */
export interface CellContext {
  model: MatrixModel;
  t: Messages;
  nameOf: (speaker: Speaker) => string;
  dataLang: string | undefined;
  /** The cell the URL selects, as cellKey gives it. */
  selectedKey: string | undefined;
  common: Pick<GridCellProps, 'onRegister' | 'onFocusCell'>;
  /** A fixed width for a virtual matrix's header cells; none when rendered whole. */
  width: (px: number) => number | undefined;
  colWidth: number;
}

const isSelected = (c: CellContext, row: number, col: number) =>
  c.selectedKey === cellKey(row, col);

/** A column header that is a label, not a link. */
function labelHeader(c: CellContext, key: string, col: number, className: string, label: string) {
  return (
    <GridCell
      key={key}
      as="th"
      role="columnheader"
      row={0}
      col={col}
      width={c.width(c.colWidth)}
      className={className}
      {...c.common}
    >
      {label}
    </GridCell>
  );
}

export function columnHeader(c: CellContext, col: number) {
  const { model, t } = c;
  if (col === model.relationCol)
    return labelHeader(c, 'relation', col, 'relation-head', t.relationColumn);
  if (col === model.axisCol) return labelHeader(c, 'axis', col, 'axis-head', t.axisColumn);
  const speaker = model.speakers[col - 1];
  return (
    speaker && (
      <GridCell
        key={speaker.id}
        as="th"
        role="columnheader"
        row={0}
        col={col}
        width={c.width(c.colWidth)}
        href={paths.speaker(speaker.id)}
        isCurrent={isSelected(c, 0, col)}
        className="speaker-head"
        {...c.common}
      >
        <SpeakerMark index={col - 1} />
        {c.nameOf(speaker)}
      </GridCell>
    )
  );
}

/** A body cell that is not a stance: the relation or the shared axis, linking to its points. */
function pointsCell(
  c: CellContext,
  key: string,
  ti: number,
  col: number,
  link: { href: string; name: string } | undefined,
  className: string,
  children: ReactNode,
) {
  return (
    <GridCell
      key={key}
      as="td"
      role="gridcell"
      row={ti + 1}
      col={col}
      href={link?.href}
      linkName={link?.name}
      className={className}
      {...c.common}
    >
      {children}
    </GridCell>
  );
}

function relationCell(c: CellContext, ti: number, col: number) {
  const { relation } = c.model.row(ti);
  const className = `relation-cell relation-${relation?.kind ?? 'none'}`;
  return pointsCell(
    c,
    'relation',
    ti,
    col,
    relation,
    className,
    relation && (
      <>
        <span className="relation-symbol" aria-hidden="true">
          {relationSymbol(relation.kind)}
        </span>
        <span className="relation-text">{c.t.relationKinds[relation.kind]}</span>
        {relation.contested ? <ContestedMark /> : null}
      </>
    ),
  );
}

function axisCell(c: CellContext, ti: number, col: number) {
  const { axis } = c.model.row(ti);
  const content = <AxisCellContent axis={axis} initials={c.model.initials} />;
  return pointsCell(c, 'axis', ti, col, axis, 'axis-cell', content);
}

/** The cell of topic `ti` (0-based) in grid column `col`. */
export function bodyCell(c: CellContext, ti: number, col: number) {
  if (col === c.model.relationCol) return relationCell(c, ti, col);
  if (col === c.model.axisCol) return axisCell(c, ti, col);
  const row = ti + 1;
  const cell = c.model.cell(ti, col - 1);
  return (
    <GridCell
      key={cell.speaker.id}
      as="td"
      role="gridcell"
      row={row}
      col={col}
      href={cell.href}
      linkName={cell.name}
      isCurrent={isSelected(c, row, col)}
      className={`stance-cell state-${cell.stance?.position.state ?? 'not-addressed'}`}
      {...c.common}
    >
      {cell.stance ? (
        <span className="stance-label" lang={c.dataLang}>
          {cell.stance.label}
        </span>
      ) : (
        <span className="stance-label">{c.t.positionStates['not-addressed']}</span>
      )}
      {cell.stance && <EvidencePips quotes={cell.stance.quotes} />}
    </GridCell>
  );
}

/** The header of topic `ti`'s row. */
export function topicHeader(c: CellContext, ti: number) {
  const row = ti + 1;
  const { topic, href } = c.model.row(ti);
  return (
    <GridCell
      as="th"
      role="rowheader"
      row={row}
      col={0}
      href={href}
      isCurrent={isSelected(c, row, 0)}
      className="topic-cell"
      {...c.common}
    >
      <span className="topic-heading" lang={c.dataLang}>
        {topic.heading}
      </span>
      <span className="topic-poles" lang={c.dataLang}>
        {topic.axis.from} ↔ {topic.axis.to}
      </span>
    </GridCell>
  );
}

/** A run of skipped columns, as one cell as wide as all of them. */
export const columnGap = (slot: AxisSlot, key: string) =>
  'skipped' in slot && (
    <td key={key} aria-hidden="true" className="grid-gap" style={{ width: slot.px }} />
  );
