import { scaleDiverging, scaleLinear } from 'd3-scale';
import { interpolatePuOr } from 'd3-scale-chromatic';
import { interpolateRgb } from 'd3-interpolate';
import type { Position, Topic } from '@/model/debate-schema';
import type { Messages } from '@/lib/i18n/messages-zh-hant';

// Purple–orange is a diverging palette that stays distinct for red–green colour-blind
// readers; its ends are trimmed so the strongest colours still sit well under text.
const strong = scaleDiverging((t: number) => interpolatePuOr(0.1 + 0.8 * t)).domain([2, 0, -2]);
const towardWhite = interpolateRgb.gamma(2.2);

export type PositionShape = 'toward-from' | 'centre' | 'toward-to' | 'not-addressed' | 'unclear';

export interface PositionEncoding {
  shape: PositionShape;
  /** Where the marker sits on the axis, 0 (the "from" pole) to 1 (the "to" pole). */
  offset: number | undefined;
  markerColour: string;
  tint: string;
  /** The position in words, e.g. 偏向「海嘯」. */
  description: string;
}

const axisOffset = scaleLinear().domain([-2, 2]).range([0, 1]);

/** Colour, shape, offset and words for a stance's position on its topic's axis. */
export function encodePosition(position: Position, topic: Topic, t: Messages): PositionEncoding {
  if (position.state !== 'placed') {
    return {
      shape: position.state,
      offset: undefined,
      markerColour: '#5f6368',
      tint: '#f1f3f4',
      description: t.positionStates[position.state],
    };
  }
  const { value } = position;
  const markerColour = strong(value);
  return {
    shape: value < 0 ? 'toward-from' : value > 0 ? 'toward-to' : 'centre',
    offset: axisOffset(value),
    markerColour,
    tint: towardWhite(markerColour, '#ffffff')(0.82),
    description: describeValue(value, topic, t),
  };
}

function describeValue(value: number, { axis }: Topic, t: Messages): string {
  if (value === 0) return t.centred(axis.from, axis.to);
  const pole = value < 0 ? axis.from : axis.to;
  return Math.abs(value) === 2 ? t.stronglyLeaning(pole) : t.leaning(pole);
}
