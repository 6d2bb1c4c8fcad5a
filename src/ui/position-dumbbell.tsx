import type { SharedAxisLayout } from './position-axis-layout';
import { SpeakerMarkShape } from './speaker-mark';

/** Mark sizes: with letters (a few speakers) or without (many, where letters would not fit). */
const SIZES = {
  lettered: { radius: 9.5, pitch: 21 },
  compact: { radius: 4.5, pitch: 11 },
} as const;
const PAD = 4;

/**
 * One topic's shared axis (a dumbbell): the five positions from the left pole (−2) to the
 * right (+2), each placed speaker's mark, and a thick line between the outermost ones. The
 * SVG spans its cell's width (positions are in %, marks keep their size); its padding (see
 * .position-dumbbell in app.css) keeps the end marks inside. Words for it are the cell's.
 */
export function PositionDumbbell({
  layout,
  initials,
}: {
  layout: SharedAxisLayout;
  /** Each speaker's letter; without them, smaller marks. */
  initials?: readonly string[] | undefined;
}) {
  const { radius, pitch } = initials ? SIZES.lettered : SIZES.compact;
  const height = Math.max(layout.depth, 1) * pitch + 2 * PAD;
  const mid = height / 2;
  const pc = (x: number) => `${x}%`;
  return (
    <svg
      className="position-dumbbell"
      width="100%"
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <line x1="0%" x2="100%" y1={mid} y2={mid} className="dumbbell-axis" />
      {layout.ticks.map(({ value, x }) => (
        <line
          key={value}
          x1={pc(x)}
          x2={pc(x)}
          y1={mid - (value === 0 ? 5 : 3)}
          y2={mid + (value === 0 ? 5 : 3)}
          className="dumbbell-tick"
        />
      ))}
      {layout.span && (
        <line
          x1={pc(layout.span[0])}
          x2={pc(layout.span[1])}
          y1={mid}
          y2={mid}
          className="dumbbell-gap"
        />
      )}
      {layout.marks.map(({ speaker, range, slot }) =>
        range ? (
          <line
            key={`range-${speaker}`}
            x1={pc(range[0])}
            x2={pc(range[1])}
            y1={mid + slot * pitch}
            y2={mid + slot * pitch}
            strokeWidth={radius * 1.6}
            className={`dumbbell-range speaker-range-${speaker % 6}`}
          />
        ) : null,
      )}
      {layout.marks.map((mark) => (
        <svg key={mark.speaker} x={pc(mark.x)} y={mid + mark.slot * pitch} overflow="visible">
          <SpeakerMarkShape
            index={mark.speaker}
            radius={radius}
            initial={initials?.[mark.speaker]}
          />
        </svg>
      ))}
      {layout.overflow.map(({ value, x, slot, more }) => (
        <text
          key={value}
          x={pc(x)}
          y={mid + slot * pitch}
          dominantBaseline="central"
          textAnchor="middle"
          className="dumbbell-more"
        >
          +{more}
        </text>
      ))}
    </svg>
  );
}
