import { useDebate, useSpeakerName } from '@/lib/debate-view/debate-context';
import { useSpeakerOrder } from '@/lib/preferences';
import { useText } from '@/lib/i18n/use-text';
import { layoutSharedAxis } from '@/ui/position-axis-layout';
import { PositionDumbbell } from '@/ui/position-dumbbell';
import { RelationLegend } from '@/ui/relation-badge';
import { markLetters, SpeakerMark } from '@/ui/speaker-mark';
import { EvidencePips } from './evidence-pips';
import { ORDER_HELP_ID } from './matrix-order-control';

const pipSamples = {
  direct: { kind: 'direct', attribution: 'explicit' },
  reported: { kind: 'reported', attribution: 'explicit' },
  inferred: { kind: 'reported', attribution: 'inferred' },
} as const;

/** Explains the matrix's shared axis, marks, evidence dots, order and relations. */
export function MatrixLegend() {
  const t = useText();
  const nameOf = useSpeakerName();
  const debate = useDebate();
  const speakers = useSpeakerOrder(debate.speakers);
  const initials = markLetters(speakers.map(nameOf));
  // A sample axis with the first two speakers' marks: one leaning left, one further right.
  const sample = layoutSharedAxis(
    speakers.slice(0, 2).map((_, speaker) => ({ speaker, value: speaker === 0 ? -1 : 2 })),
  );
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">{t.legendHeading}</h3>
      <p>{t.legendSharedAxis}</p>
      <div className="legend-axis" aria-hidden="true">
        <PositionDumbbell layout={sample} initials={initials} />
        <span className="legend-poles">
          <span>{t.legendFrom} −2</span>
          <span>0</span>
          <span>{t.legendTo} +2</span>
        </span>
      </div>
      {debate.codings?.length ? <p>{t.readings.legendRange}</p> : null}
      <p>{t.legendMarks}</p>
      <ul className="legend-speakers">
        {speakers.map((speaker, i) => (
          <li key={speaker.id}>
            <SpeakerMark index={i} initial={initials?.[i]} />
            <span>{nameOf(speaker)}</span>
          </li>
        ))}
      </ul>
      <p>{t.legendEvidence}</p>
      <ul className="legend-pips">
        {(['direct', 'reported', 'inferred'] as const).map((kind) => (
          <li key={kind}>
            <EvidencePips quotes={[pipSamples[kind]]} />
            <span>{t.legendPips[kind]}</span>
          </li>
        ))}
      </ul>
      <p id={ORDER_HELP_ID}>{t.orderHelp}</p>
      <RelationLegend />
    </section>
  );
}
