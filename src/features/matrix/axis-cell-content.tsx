import { Fragment } from 'react';
import { useText } from '@/lib/i18n/use-text';
import { PositionDumbbell } from '@/ui/position-dumbbell';
import { SpeakerMark } from '@/ui/speaker-mark';
import { LISTED, unplacedGroups } from './axis-cell-text';
import type { AxisCellModel } from './matrix-layout';

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
  const states = unplacedGroups(axis.unplaced);
  // The spaces set the parts apart in the cell's text, which its name repeats (axis-cell-text.ts).
  return (
    <>
      <PositionDumbbell layout={axis.layout} initials={initials} />{' '}
      {axis.caption && <span className="axis-caption">{axis.caption}</span>}
      {states.map(({ state, speakers }) => (
        <Fragment key={state}>
          {' '}
          <span className="axis-unplaced">
            {speakers.slice(0, LISTED).map((speaker) => (
              <SpeakerMark key={speaker} index={speaker} initial={initials?.[speaker]} size={15} />
            ))}{' '}
            {speakers.length > LISTED && `+${speakers.length - LISTED} `}
            {t.positionStates[state]}
          </span>
        </Fragment>
      ))}
    </>
  );
}
