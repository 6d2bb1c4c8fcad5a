import { describe, expect, it } from 'vitest';
import type { Topic } from '@/model/debate-schema';
import { encodePosition } from './position-encoding';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';

const topic: Topic = {
  id: 't',
  heading: 'h',
  subheading: 's',
  question: 'q',
  axis: { from: '拐點', to: '海嘯' },
};
const placed = (value: -2 | -1 | 0 | 1 | 2) =>
  encodePosition({ state: 'placed', value, rationale: 'r' }, topic, messagesZhHant);

describe('encodePosition', () => {
  it('places the marker along the axis from one pole to the other', () => {
    expect([-2, -1, 0, 1, 2].map((v) => placed(v as -2).offset)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('gives each side its own shape, so colour is never the only channel', () => {
    expect(placed(-2).shape).toBe('toward-from');
    expect(placed(-1).shape).toBe('toward-from');
    expect(placed(0).shape).toBe('centre');
    expect(placed(1).shape).toBe('toward-to');
  });

  it('colours the two sides apart and the strength within a side', () => {
    const colours = new Set([-2, -1, 0, 1, 2].map((v) => placed(v as -2).markerColour));
    expect(colours.size).toBe(5);
    expect(placed(2).markerColour).not.toBe(placed(-2).markerColour);
  });

  it('says the position in words, naming the pole', () => {
    expect(placed(2).description).toBe('明確傾向「海嘯」');
    expect(placed(-1).description).toBe('偏向「拐點」');
    expect(placed(0).description).toBe('介於「拐點」與「海嘯」之間');
  });

  it('sets not-addressed and unclear apart from every position', () => {
    const missing = encodePosition({ state: 'not-addressed', note: 'n' }, topic, messagesZhHant);
    const unclear = encodePosition({ state: 'unclear', note: 'n' }, topic, messagesZhHant);
    expect(missing.offset).toBeUndefined();
    expect(unclear.offset).toBeUndefined();
    expect(missing.shape).not.toBe(unclear.shape);
    expect([missing.description, unclear.description]).toEqual(['未談及', '立場不明']);
    const placedColours = [-2, -1, 0, 1, 2].map((v) => placed(v as -2).markerColour);
    expect(placedColours).not.toContain(missing.markerColour);
  });
});
