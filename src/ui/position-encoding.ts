import palette from 'virtual:position-palette';
import type { Position, Topic } from '@/model/debate-schema';
import type { Messages } from '@/lib/i18n/messages-zh-hant';

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
  const swatch = palette[`${value}`];
  return {
    shape: value < 0 ? 'toward-from' : value > 0 ? 'toward-to' : 'centre',
    offset: swatch.offset,
    markerColour: swatch.marker,
    tint: swatch.tint,
    description: describeValue(value, topic, t),
  };
}

/** A step on the topic's axis in words, e.g. 偏向「海嘯」. */
export function describeValue(value: number, { axis }: Topic, t: Messages): string {
  if (value === 0) return t.centred(axis.from, axis.to);
  const pole = value < 0 ? axis.from : axis.to;
  return Math.abs(value) === 2 ? t.stronglyLeaning(pole) : t.leaning(pole);
}
