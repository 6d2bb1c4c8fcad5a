import { useDebate } from '@/model/debate-context';
import { usePreferenceEvents, useSpeakerOrder } from '@/lib/preferences';
import { uiText } from '@/lib/ui-text';
import { DebateMatrix, type MatrixSelection } from './debate-matrix';
import { MatrixLegend } from './matrix-legend';

/** The matrix with its heading, the speaker swap and the legend. */
export function MatrixSection({ selection }: { selection: MatrixSelection }) {
  const debate = useDebate();
  const speakers = useSpeakerOrder(debate.speakers);
  const { speakersSwapped } = usePreferenceEvents();
  return (
    <section className="matrix-section" aria-labelledby="matrix-heading">
      <div className="section-head">
        <h2 id="matrix-heading">{uiText.matrixHeading}</h2>
        {speakers.length === 2 && (
          <button
            type="button"
            className="quiet-button"
            onClick={() => speakersSwapped(speakers.map((s) => s.id))}
          >
            <span aria-hidden="true">⇄ </span>
            {uiText.swapSpeakers}
          </button>
        )}
      </div>
      <p id="matrix-hint" className="hint keyboard-hint">
        {uiText.matrixHint}
      </p>
      <DebateMatrix selection={selection} />
      <MatrixLegend />
    </section>
  );
}
