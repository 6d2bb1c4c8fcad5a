// Which rows and columns of a large matrix to render: those in the scrolled viewport, a few
// either side, and the focused cell's row and column wherever they are (the grid's one tab
// stop must always exist). Pure, so the arithmetic is tested apart from the DOM.

/** One axis of the grid's body: `count` items of `size` px, `gap` px apart. */
export interface GridAxis {
  count: number;
  size: number;
  gap: number;
}

/** Items rendered on one axis, in order, with the runs of skipped items between them. */
export type AxisSlot = { index: number } | { skipped: number; px: number };

/** The first and last item (0-based) that a viewport `from` px to `from + length` px shows. */
export function visibleRange(
  { count, size, gap }: GridAxis,
  from: number,
  length: number,
  overscan: number,
): [number, number] {
  if (count === 0) return [0, -1];
  const pitch = size + gap;
  const first = Math.floor(Math.max(from, 0) / pitch) - overscan;
  const last = Math.ceil((Math.max(from, 0) + Math.max(length, 0)) / pitch) + overscan;
  return [Math.max(first, 0), Math.min(last, count - 1)];
}

/** The rendered items of an axis: the range plus any pinned items, with the gaps sized. */
export function axisSlots(
  axis: GridAxis,
  [first, last]: [number, number],
  pinned: readonly number[] = [],
): AxisSlot[] {
  const shown = new Set<number>();
  for (let i = first; i <= last; i++) shown.add(i);
  for (const i of pinned) if (i >= 0 && i < axis.count) shown.add(i);
  const indices = [...shown].sort((a, b) => a - b);
  const slots: AxisSlot[] = [];
  let next = 0;
  const skip = (skipped: number) => {
    // Skipped items collapse into one, so it covers their sizes and the gaps between them.
    if (skipped > 0) slots.push({ skipped, px: skipped * axis.size + (skipped - 1) * axis.gap });
  };
  for (const index of indices) {
    skip(index - next);
    slots.push({ index });
    next = index + 1;
  }
  skip(axis.count - next);
  return slots;
}

/**
 * The scroll offset that brings item `index` fully into a viewport of `length` px now at
 * `scroll`, where `before` px of other content (and sticky headers) precede the items.
 */
export function scrollToShow(
  { size, gap }: GridAxis,
  index: number,
  scroll: number,
  length: number,
  before: number,
): number {
  const start = before + gap + index * (size + gap);
  const end = start + size;
  // Sticky headers cover the first `before` px of the viewport.
  if (start - before - gap < scroll) return Math.max(start - before - gap, 0);
  if (end + gap > scroll + length) return end + gap - length;
  return scroll;
}
