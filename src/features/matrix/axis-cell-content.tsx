import { useText } from '@/lib/i18n/use-text';
import { PositionDumbbell } from '@/ui/position-dumbbell';
import { SpeakerMark } from '@/ui/speaker-mark';
import type { AxisCellModel } from './matrix-layout';

/** Marks listed for speakers off the axis before the rest are counted. */
const LISTED = 3;

/**
 * What the shared-axis cell shows: the dumbbell, the gap in words, and the speakers who have
 * no place on the axis (not addressed, unclear), named by their marks rather than placed.
 */
export function AxisCellContent({
  axis,
  initials,
}: {
  axis: AxisCellModel;
  initials: readonly string[] | undefined;
}) {
  const t = useText();
  const states = (['not-addressed', 'unclear'] as const).flatMap((state) => {
    const speakers = axis.unplaced.filter((u) => u.state === state).map((u) => u.speaker);
    return speakers.length ? [{ state, speakers }] : [];
  });
  return (
    <>
      <PositionDumbbell layout={axis.layout} initials={initials} />
      {axis.caption && <span className="axis-caption">{axis.caption}</span>}
      {states.map(({ state, speakers }) => (
        <span key={state} className="axis-unplaced">
          {speakers.slice(0, LISTED).map((speaker) => (
            <SpeakerMark key={speaker} index={speaker} initial={initials?.[speaker]} size={15} />
          ))}
          {speakers.length > LISTED && `+${speakers.length - LISTED} `}
          {t.positionStates[state]}
        </span>
      ))}
    </>
  );
}
