import { memo, useCallback, type ReactNode, type Ref } from 'react';
import { Link } from 'react-router';
import { useIsActiveCell } from './grid-focus';
import {
  useIsColumnHighlighted,
  useIsRowHighlighted,
  useMatrixHighlightEvents,
} from './use-matrix-highlight';

export interface GridCellProps {
  as: 'th' | 'td';
  role: 'columnheader' | 'rowheader' | 'gridcell';
  row: number;
  col: number;
  /** Called with the cell's focusable element (its link, or the cell) as it mounts and unmounts. */
  onRegister: (row: number, col: number, element: HTMLElement | null) => void;
  onFocusCell: (row: number, col: number) => void;
  /** A cell with a link moves focus to the link; a cell without one takes focus itself. */
  href?: string | undefined;
  /** The link's accessible name, where its text alone would not say enough. */
  linkName?: string | undefined;
  /** The link points at the page the URL shows. */
  isCurrent?: boolean;
  /** A fixed width in px (a virtualised matrix's header row sets its columns' widths). */
  width?: number | undefined;
  className?: string;
  children: ReactNode;
}

/**
 * One cell of the matrix grid, highlighted when the pointer or focus is on its row or column.
 * Each cell subscribes to its own highlight and tab stop, so hovering or moving focus
 * re-renders only the cells it changes.
 */
export function GridCell({
  as: Element,
  role,
  row,
  col,
  onRegister,
  onFocusCell,
  href,
  linkName,
  isCurrent = false,
  width,
  className,
  children,
}: GridCellProps) {
  const rowLit = useIsRowHighlighted(row);
  const colLit = useIsColumnHighlighted(col);
  const isActive = useIsActiveCell(row, col);
  const { cellHovered } = useMatrixHighlightEvents();
  const classes = [
    'grid-cell',
    className,
    rowLit && 'is-row-highlighted',
    colLit && 'is-col-highlighted',
    isCurrent && 'is-current',
  ]
    .filter(Boolean)
    .join(' ');
  const tabIndex = isActive ? 0 : -1;
  const focusRef = useCallback(
    (element: HTMLElement | null) => onRegister(row, col, element),
    [onRegister, row, col],
  );
  const scope = role === 'columnheader' ? 'col' : role === 'rowheader' ? 'row' : undefined;
  return (
    <Element
      role={role}
      scope={scope}
      aria-colindex={col + 1}
      className={classes}
      style={width === undefined ? undefined : { width }}
      onPointerEnter={() => cellHovered({ row, col })}
      onFocus={() => onFocusCell(row, col)}
      tabIndex={href ? undefined : tabIndex}
      ref={href ? undefined : focusRef}
    >
      {href ? (
        <CellLink
          href={href}
          name={linkName}
          isCurrent={isCurrent}
          tabIndex={tabIndex}
          focusRef={focusRef}
        >
          {children}
        </CellLink>
      ) : (
        children
      )}
    </Element>
  );
}

/**
 * The cell's link. A highlight moving across a row or column restyles each of its cells;
 * their links, unchanged, are not rendered again (a router link is most of a cell's work).
 */
const CellLink = memo(function CellLink({
  href,
  name,
  isCurrent,
  tabIndex,
  focusRef,
  children,
}: {
  href: string;
  name: string | undefined;
  isCurrent: boolean;
  tabIndex: number;
  focusRef: Ref<HTMLAnchorElement>;
  children: ReactNode;
}) {
  return (
    <Link
      to={href}
      className="grid-link"
      aria-label={name}
      aria-current={isCurrent ? 'page' : undefined}
      tabIndex={tabIndex}
      ref={focusRef}
    >
      {children}
    </Link>
  );
});
