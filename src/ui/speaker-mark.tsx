// Each speaker's mark: a shape and a colour of its own, and (where there is room) a letter,
// so speakers are told apart on a shared axis without relying on colour.

const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon'] as const;
/** How many speaker colours app.css defines (.speaker-mark-0 …). */
const COLOURS = 6;

/** Marks carry a letter up to this many speakers; more get smaller marks without one. */
const LETTERED_UP_TO = 6;

/** The letters for the speakers' marks, or none when there are too many speakers for them. */
export function markLetters(names: readonly string[]): string[] | undefined {
  return names.length <= LETTERED_UP_TO ? speakerInitials(names) : undefined;
}

/**
 * The letter inside each speaker's mark: the first character of their name where no other
 * speaker's name starts with it (蔡, 楊), otherwise their place in the list (1, 2, …).
 */
export function speakerInitials(names: readonly string[]): string[] {
  const firsts = names.map((name) => Array.from(name.trim())[0] ?? '');
  return firsts.map((first, i) =>
    first && firsts.filter((other) => other === first).length === 1 ? first : String(i + 1),
  );
}

function shapePath(shape: (typeof SHAPES)[number], r: number): string {
  switch (shape) {
    case 'square':
      return `M${-r * 0.88},${-r * 0.88}h${r * 1.76}v${r * 1.76}h${-r * 1.76}Z`;
    case 'diamond':
      return `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`;
    case 'triangle':
      return `M0,${-r * 1.3}L${r * 1.25},${r * 0.85}L${-r * 1.25},${r * 0.85}Z`;
    case 'hexagon': {
      const points = Array.from({ length: 6 }, (_, k) => {
        const angle = (Math.PI / 3) * k;
        return `${(r * 1.08 * Math.cos(angle)).toFixed(2)},${(r * 1.08 * Math.sin(angle)).toFixed(2)}`;
      });
      return `M${points.join('L')}Z`;
    }
    default:
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
}

/** The mark of the speaker at `index`, drawn around (0, 0) inside an SVG. */
export function SpeakerMarkShape({
  index,
  radius,
  initial,
}: {
  index: number;
  radius: number;
  initial?: string | undefined;
}) {
  const shape = SHAPES[index % SHAPES.length] ?? 'circle';
  return (
    <g className={`speaker-mark speaker-mark-${index % COLOURS}`}>
      <path d={shapePath(shape, radius)} />
      {initial && (
        <text
          y={shape === 'triangle' ? radius * 0.28 : 0}
          dominantBaseline="central"
          textAnchor="middle"
          fontSize={initial.length > 1 ? radius * 0.95 : radius * 1.15}
        >
          {initial}
        </text>
      )}
    </g>
  );
}

/** A speaker's mark on its own, beside their name. */
export function SpeakerMark({
  index,
  initial,
  size = 18,
}: {
  index: number;
  initial?: string | undefined;
  size?: number;
}) {
  const half = size / 2;
  return (
    <svg
      className="speaker-mark-icon"
      width={size}
      height={size}
      viewBox={`${-half} ${-half} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <SpeakerMarkShape index={index} radius={half * 0.78} initial={initial} />
    </svg>
  );
}
