import { schemeRdYlGn } from 'd3-scale-chromatic';
import palette from 'virtual:position-palette';
import { describe, expect, it } from 'vitest';
import type { Position, Topic } from '@/model/debate-schema';
import { positionValues } from '@/model/debate-schema';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { deltaE2000, smallestDifference, type Deficiency } from './colour-vision';
import { encodePosition } from './position-encoding';

// Categories a reader must tell apart at a glance should differ by ΔE00 ≥ 10 or so; the
// matrix's five position colours are held to 12.
const CLEARLY_DIFFERENT = 12;
const deficiencies: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];
const markers = positionValues.map((value) => palette[`${value}`].marker);

describe('CIEDE2000', () => {
  it('matches the published test pairs (Sharma, Wu & Dalal 2005)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(
      1.2644,
      4,
    );
  });
});

describe('the position palette', () => {
  it.each(deficiencies)('keeps all five positions clearly apart with %s', (deficiency) => {
    expect(smallestDifference(markers, deficiency)).toBeGreaterThanOrEqual(CLEARLY_DIFFERENT);
  });

  it('keeps them apart with typical colour vision too', () => {
    expect(smallestDifference(markers)).toBeGreaterThanOrEqual(CLEARLY_DIFFERENT);
  });

  it('is a check a red–green palette fails', () => {
    // d3's red–yellow–green: its ends merge for deuteranopes and protanopes.
    const redGreen = schemeRdYlGn[5] ?? [];
    expect(smallestDifference(redGreen)).toBeGreaterThanOrEqual(CLEARLY_DIFFERENT);
    expect(smallestDifference(redGreen, 'deuteranopia')).toBeLessThan(CLEARLY_DIFFERENT);
    expect(smallestDifference(redGreen, 'protanopia')).toBeLessThan(CLEARLY_DIFFERENT);
  });
});

describe('the second channel', () => {
  const topic: Topic = {
    id: 't',
    heading: 'h',
    subheading: 's',
    question: 'q',
    axis: { from: 'a', to: 'b' },
  };
  const positions: Position[] = [
    ...positionValues.map((value): Position => ({ state: 'placed', value, rationale: 'r' })),
    { state: 'not-addressed', note: 'n' },
    { state: 'unclear', note: 'n' },
  ];

  it('tells every position apart without colour: by shape and where the marker sits', () => {
    const withoutColour = positions.map((position) => {
      const { shape, offset } = encodePosition(position, topic, messagesZhHant);
      return `${shape}@${offset ?? '-'}`;
    });
    expect(new Set(withoutColour).size).toBe(positions.length);
  });
});
