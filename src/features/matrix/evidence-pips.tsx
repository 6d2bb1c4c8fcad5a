import type { Quote } from '@/model/debate-schema';
import { evidencePips } from './stance-evidence';

const PITCH = 10;
const R = 3.6;

/**
 * A stance's quotes as dots, one each: filled for direct speech, hollow for the author's
 * paraphrase, a dashed line under those whose attribution is inferred. Shape, not colour,
 * carries it; the cell's name says it in words.
 */
export function EvidencePips({
  quotes,
}: {
  quotes: readonly Pick<Quote, 'kind' | 'attribution'>[];
}) {
  if (quotes.length === 0) return null;
  const pips = evidencePips(quotes);
  return (
    <svg
      className="evidence-pips"
      width={pips.length * PITCH}
      height={14}
      aria-hidden="true"
      focusable="false"
    >
      {pips.map(({ direct, inferred }, i) => {
        const cx = PITCH / 2 + i * PITCH;
        return (
          <g key={i}>
            <circle cx={cx} cy={5.5} r={R} className={direct ? 'pip-direct' : 'pip-reported'} />
            {inferred && (
              <line x1={cx - 4} x2={cx + 4} y1={12.5} y2={12.5} className="pip-inferred" />
            )}
          </g>
        );
      })}
    </svg>
  );
}
