import { useDebate } from '@/lib/debate-view/debate-context';
import { usePreferenceEvents, useSpeakerOrder } from '@/lib/preferences';
import { useText } from '@/lib/i18n/use-text';
import { DebateMatrix } from './debate-matrix';
import type { MatrixSelection } from './matrix-slots';
import { MatrixLegend } from './matrix-legend';
import { MatrixOrderControl } from './matrix-order-control';

/** The matrix with its heading, the speaker swap and the legend. */
export function MatrixSection({ selection }: { selection: MatrixSelection }) {
  const debate = useDebate();
  const speakers = useSpeakerOrder(debate.speakers);
  const { speakersSwapped } = usePreferenceEvents();
  const t = useText();
  return (
    <section className="matrix-section" aria-labelledby="matrix-heading">
      <div className="section-head">
        <h2 id="matrix-heading">{t.matrixHeading}</h2>
        {speakers.length === 2 && (
          <button
            type="button"
            className="quiet-button"
            onClick={() => speakersSwapped(speakers.map((s) => s.id))}
          >
            <span aria-hidden="true">⇄ </span>
            {t.swapSpeakers}
          </button>
        )}
      </div>
      <MatrixOrderControl />
      <p id="matrix-hint" className="hint keyboard-hint">
        {t.matrixHint}
      </p>
      <DebateMatrix selection={selection} />
      <MatrixLegend />
    </section>
  );
}
