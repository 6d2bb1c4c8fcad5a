import { describe, expect, it } from 'vitest';
import { layoutSharedAxis, MAX_STACK } from './position-axis-layout';

describe('layoutSharedAxis', () => {
  it('places the five positions evenly from the left pole (−2) to the right (+2)', () => {
    expect(layoutSharedAxis([]).ticks).toEqual([
      { value: -2, x: 0 },
      { value: -1, x: 25 },
      { value: 0, x: 50 },
      { value: 1, x: 75 },
      { value: 2, x: 100 },
    ]);
  });

  it('puts two speakers apart on the axis, with the line between them', () => {
    const layout = layoutSharedAxis([
      { speaker: 0, value: 2 },
      { speaker: 1, value: -1 },
    ]);
    expect(layout.marks).toEqual([
      { speaker: 1, value: -1, x: 25, slot: 0 },
      { speaker: 0, value: 2, x: 100, slot: 0 },
    ]);
    expect(layout.span).toEqual([25, 100]);
    expect(layout.depth).toBe(1);
  });

  it('stacks speakers at the same position across the axis and draws no line', () => {
    const layout = layoutSharedAxis([
      { speaker: 0, value: 1 },
      { speaker: 1, value: 1 },
    ]);
    expect(layout.marks.map((m) => [m.speaker, m.x, m.slot])).toEqual([
      [0, 75, -0.5],
      [1, 75, 0.5],
    ]);
    expect(layout.span).toBeUndefined();
    expect(layout.depth).toBe(2);
  });

  it('spans the outermost of many speakers, with one mark each', () => {
    const layout = layoutSharedAxis([
      { speaker: 0, value: 0 },
      { speaker: 1, value: -2 },
      { speaker: 2, value: 1 },
    ]);
    expect(layout.marks.map((m) => m.speaker)).toEqual([1, 0, 2]);
    expect(layout.span).toEqual([0, 75]);
  });

  it('has no line for a single placed speaker', () => {
    expect(layoutSharedAxis([{ speaker: 0, value: -2 }]).span).toBeUndefined();
  });

  it('counts the speakers a crowded position has no room to draw', () => {
    const crowd = Array.from({ length: 7 }, (_, speaker) => ({ speaker, value: 0 as const }));
    const layout = layoutSharedAxis(crowd);
    expect(layout.marks).toHaveLength(MAX_STACK - 1);
    expect(layout.overflow).toEqual([{ value: 0, x: 50, slot: 1, more: 7 - (MAX_STACK - 1) }]);
    expect(layout.depth).toBe(MAX_STACK);
  });
});
