import type { PositionEncoding } from './position-encoding';

const WIDTH = 64;
const HEIGHT = 20;
const PAD = 9;
const MID = HEIGHT / 2;

/**
 * A stance's position drawn on a small axis: the marker's place, its shape (◀ ◆ ▶) and
 * its colour all carry the position, so no reader depends on colour alone. Not addressed
 * and unclear stances draw a dashed axis with — or ? instead of a marker.
 */
export function PositionGlyph({ encoding }: { encoding: PositionEncoding }) {
  const { shape, offset, markerColour, tint } = encoding;
  const placed = offset !== undefined;
  const x = PAD + (offset ?? 0.5) * (WIDTH - 2 * PAD);
  return (
    <svg
      className="position-glyph"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      {/* Colours are SVG attributes, not inline styles, so a strict CSP needs no exception. */}
      <rect width={WIDTH} height={HEIGHT} rx={4} fill={tint} />
      <line
        x1={PAD}
        x2={WIDTH - PAD}
        y1={MID}
        y2={MID}
        stroke="currentColor"
        strokeOpacity={0.45}
        strokeDasharray={placed ? undefined : '2 3'}
      />
      {placed &&
        [0, 0.25, 0.5, 0.75, 1].map((t) => (
          <circle
            key={t}
            cx={PAD + t * (WIDTH - 2 * PAD)}
            cy={MID}
            r={1.4}
            fill="currentColor"
            fillOpacity={0.45}
          />
        ))}
      {shape === 'toward-from' && (
        <path
          d={`M${x - 6},${MID} L${x + 5},${MID - 6} L${x + 5},${MID + 6} Z`}
          fill={markerColour}
          stroke="#222"
          strokeWidth={0.8}
        />
      )}
      {shape === 'toward-to' && (
        <path
          d={`M${x + 6},${MID} L${x - 5},${MID - 6} L${x - 5},${MID + 6} Z`}
          fill={markerColour}
          stroke="#222"
          strokeWidth={0.8}
        />
      )}
      {shape === 'centre' && (
        <path
          d={`M${x},${MID - 6} L${x + 6},${MID} L${x},${MID + 6} L${x - 6},${MID} Z`}
          fill={markerColour}
          stroke="#222"
          strokeWidth={0.8}
        />
      )}
      {!placed && (
        <text
          x={WIDTH / 2}
          y={MID + 4.5}
          textAnchor="middle"
          fontSize={13}
          fontWeight={700}
          fill="currentColor"
        >
          {shape === 'unclear' ? '?' : '—'}
        </text>
      )}
    </svg>
  );
}
