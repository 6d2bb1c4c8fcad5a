import palette from 'virtual:position-palette';
import type { PositionValue } from '@/model/debate-schema';

// Where each speaker's mark goes on a topic's shared axis (a dumbbell); React draws it (see
// position-dumbbell.tsx). Pure, so tested apart from the DOM. d3-scale places the five
// positions along the axis once, at build time (position-palette.ts, the same offsets as
// each stance's own glyph): its bundle would add about 20 kB (gzip) to every page.

/** At most this many slots are stacked at one position; the last says how many more there are. */
export const MAX_STACK = 3;

export interface AxisPlacement {
  /** The speaker's index among the matrix's speakers (which mark to draw). */
  speaker: number;
  value: PositionValue;
  /** Where independent readers placed the speaker, when they parted: a band behind the mark. */
  range?: { min: PositionValue; max: PositionValue } | undefined;
}

export interface AxisMark {
  speaker: number;
  value: PositionValue;
  /** Along the axis, in % of its length: 0 at `from` (−2), 100 at `to` (+2). */
  x: number;
  /** Across it, in slots from the axis line (negative above, positive below). */
  slot: number;
  /** The readers' range along the axis, in %, where they placed the speaker differently. */
  range?: [number, number] | undefined;
}

export interface AxisOverflow {
  value: PositionValue;
  x: number;
  slot: number;
  /** How many speakers at this position have no mark of their own. */
  more: number;
}

export interface SharedAxisLayout {
  ticks: { value: PositionValue; x: number }[];
  marks: AxisMark[];
  overflow: AxisOverflow[];
  /** The line between the outermost placed speakers, in %; undefined unless two or more stand apart. */
  span: [number, number] | undefined;
  /** The most slots stacked at any position: how tall the drawing must be. */
  depth: number;
}

// The schema's positionValues, as a type-only import: importing the schema module itself
// would bring zod into every page's JavaScript.
const positionValues: readonly PositionValue[] = [-2, -1, 0, 1, 2];
const at = (value: PositionValue) => palette[`${value}`].offset * 100;
const ticks = positionValues.map((value) => ({ value, x: at(value) }));

/**
 * Each placed speaker's mark on the axis. Speakers at the same position stack across the
 * axis, centred on it, in the order given; past MAX_STACK the last slot counts the rest.
 */
export function layoutSharedAxis(placements: readonly AxisPlacement[]): SharedAxisLayout {
  const marks: AxisMark[] = [];
  const overflow: AxisOverflow[] = [];
  let depth = 0;
  for (const value of positionValues) {
    const here = placements.filter((p) => p.value === value);
    if (here.length === 0) continue;
    const crowded = here.length > MAX_STACK;
    const shown = crowded ? here.slice(0, MAX_STACK - 1) : here;
    const slots = crowded ? MAX_STACK : here.length;
    depth = Math.max(depth, slots);
    const slotAt = (k: number) => k - (slots - 1) / 2;
    shown.forEach((p, k) =>
      marks.push({
        speaker: p.speaker,
        value,
        x: at(value),
        slot: slotAt(k),
        range: p.range && [at(p.range.min), at(p.range.max)],
      }),
    );
    if (crowded)
      overflow.push({
        value,
        x: at(value),
        slot: slotAt(MAX_STACK - 1),
        more: here.length - shown.length,
      });
  }
  const values = placements.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span: [number, number] | undefined =
    values.length > 1 && high > low
      ? [at(low as PositionValue), at(high as PositionValue)]
      : undefined;
  return { ticks, marks, overflow, span, depth };
}
