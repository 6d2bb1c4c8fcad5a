import type { Position, Topic } from '@/model/debate-schema';
import { useText } from '@/lib/i18n/use-text';
import { encodePosition } from '@/ui/position-encoding';
import { PositionGlyph } from '@/ui/position-glyph';
import { RelationLegend } from '@/ui/relation-badge';

const samples: Position[] = [
  { state: 'placed', value: -2, rationale: '' },
  { state: 'placed', value: -1, rationale: '' },
  { state: 'placed', value: 0, rationale: '' },
  { state: 'placed', value: 1, rationale: '' },
  { state: 'placed', value: 2, rationale: '' },
  { state: 'unclear', note: '' },
  { state: 'not-addressed', note: '' },
];

/** Explains the matrix's encoding with the very glyphs the matrix draws. */
export function MatrixLegend() {
  const t = useText();
  const sampleTopic: Topic = {
    id: 'legend',
    heading: '',
    subheading: '',
    question: '',
    axis: { from: t.legendFrom, to: t.legendTo },
  };
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">{t.legendHeading}</h3>
      <p>{t.legendAxis}</p>
      <ul className="legend-positions">
        {samples.map((position, i) => {
          const encoding = encodePosition(position, sampleTopic, t);
          return (
            <li key={i}>
              <PositionGlyph encoding={encoding} />
              <span>{encoding.description}</span>
            </li>
          );
        })}
      </ul>
      <RelationLegend />
    </section>
  );
}
