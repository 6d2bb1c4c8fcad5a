import type { SharedAxisLayout } from '@/ui/position-axis-layout';

// What the shared-axis cell shows as text, in the order it shows it: the speakers' letters on
// the axis, any "+N" of a crowded position, the gap, then the speakers with no place on the
// axis. A control's accessible name must contain its visible text (WCAG 2.5.3, axe's
// label-content-name-mismatch), so the cell's name starts from these words.

/** Marks listed for speakers off the axis before the rest are counted. */
export const LISTED = 3;

export type UnplacedState = 'not-addressed' | 'unclear';

/** The speakers (by index) off the axis, grouped by why, in the order the cell lists them. */
export function unplacedGroups(unplaced: readonly { speaker: number; state: UnplacedState }[]) {
  return (['not-addressed', 'unclear'] as const).flatMap((state) => {
    const speakers = unplaced.filter((u) => u.state === state).map((u) => u.speaker);
    return speakers.length ? [{ state, speakers }] : [];
  });
}

/**
 * The cell's visible words, exactly as its text runs: the letters inside the marks run
 * together (the drawing puts no space between them), and the cell's parts (the axis, the gap,
 * each group off the axis) are set apart by a space (axis-cell-content.tsx).
 */
export function axisShownText(
  layout: SharedAxisLayout,
  unplaced: readonly { speaker: number; state: UnplacedState }[],
  caption: string | undefined,
  initials: readonly string[] | undefined,
  stateName: (state: UnplacedState) => string,
): string {
  const letters = (speakers: readonly number[]) =>
    speakers.map((s) => initials?.[s] ?? '').join('');
  const onAxis =
    letters(layout.marks.map((mark) => mark.speaker)) +
    layout.overflow.map(({ more }) => `+${more}`).join('');
  const offAxis = unplacedGroups(unplaced).map(({ state, speakers }) =>
    [
      letters(speakers.slice(0, LISTED)),
      speakers.length > LISTED ? `+${speakers.length - LISTED}` : '',
      stateName(state),
    ]
      .filter(Boolean)
      .join(' '),
  );
  return [onAxis, caption ?? '', ...offAxis].filter(Boolean).join(' ');
}
