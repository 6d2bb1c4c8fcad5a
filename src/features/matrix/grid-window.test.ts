import { describe, expect, it } from 'vitest';
import { axisSlots, scrollToShow, visibleRange } from './grid-window';

const axis = { count: 100, size: 40, gap: 3 };

describe('visibleRange', () => {
  it('covers the viewport plus the overscan, clamped to the axis', () => {
    expect(visibleRange(axis, 0, 200, 2)).toEqual([0, 7]);
    expect(visibleRange(axis, 430, 200, 2)).toEqual([8, 17]);
    expect(visibleRange(axis, 4200, 400, 2)).toEqual([95, 99]);
  });

  it('is empty for an empty axis', () => {
    expect(visibleRange({ ...axis, count: 0 }, 0, 200, 2)).toEqual([0, -1]);
  });
});

describe('axisSlots', () => {
  it('renders the range and sizes the runs skipped before and after it', () => {
    expect(axisSlots(axis, [10, 11])).toEqual([
      { skipped: 10, px: 10 * 40 + 9 * 3 },
      { index: 10 },
      { index: 11 },
      { skipped: 88, px: 88 * 40 + 87 * 3 },
    ]);
  });

  it('keeps a pinned item outside the range, once, in order', () => {
    expect(axisSlots({ ...axis, count: 6 }, [0, 1], [4, 1])).toEqual([
      { index: 0 },
      { index: 1 },
      { skipped: 2, px: 83 },
      { index: 4 },
      { skipped: 1, px: 40 },
    ]);
  });

  it('renders everything when the range covers the axis', () => {
    expect(axisSlots({ ...axis, count: 3 }, [0, 2])).toEqual([
      { index: 0 },
      { index: 1 },
      { index: 2 },
    ]);
  });
});

describe('scrollToShow', () => {
  // 50 px of sticky header precede the items; the viewport is 200 px.
  it('leaves the scroll alone when the item is in view', () => {
    expect(scrollToShow(axis, 2, 0, 200, 50)).toBe(0);
  });

  it('scrolls down just enough to show an item below', () => {
    // Item 10 ends at 50 + 3 + 10 * 43 + 40 = 523.
    expect(scrollToShow(axis, 10, 0, 200, 50)).toBe(523 + 3 - 200);
  });

  it('scrolls up so an item above clears the sticky header', () => {
    expect(scrollToShow(axis, 3, 1000, 200, 50)).toBe(3 * 43);
  });
});
