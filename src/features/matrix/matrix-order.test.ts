import { describe, expect, it } from 'vitest';
import { disagreementOrder, parseMatrixOrder, positionGap } from './matrix-order';

describe('parseMatrixOrder', () => {
  it('reads the orders it knows and falls back to the article’s', () => {
    expect(parseMatrixOrder('disagreement')).toBe('disagreement');
    expect(parseMatrixOrder('article')).toBe('article');
    expect(parseMatrixOrder(null)).toBe('article');
    expect(parseMatrixOrder('Disagreement')).toBe('article');
    expect(parseMatrixOrder('<script>')).toBe('article');
  });
});

describe('positionGap', () => {
  it('is the spread between the outermost placed speakers', () => {
    expect(positionGap([2, -1])).toBe(3);
    expect(positionGap([1, 1])).toBe(0);
    expect(positionGap([-2, 0, 1, -1])).toBe(3);
  });

  it('is undefined with fewer than two placed speakers', () => {
    expect(positionGap([2])).toBeUndefined();
    expect(positionGap([])).toBeUndefined();
  });
});

describe('disagreementOrder', () => {
  it('puts the largest gap first and rows without a gap last', () => {
    expect(
      disagreementOrder([
        { gap: 1, relation: undefined },
        { gap: undefined, relation: undefined },
        { gap: 4, relation: undefined },
        { gap: 0, relation: undefined },
      ]),
    ).toEqual([2, 0, 3, 1]);
  });

  it('breaks equal gaps by relation: differ, partly agree, different emphasis, agree, none', () => {
    expect(
      disagreementOrder([
        { gap: 1, relation: undefined },
        { gap: 1, relation: 'agree' },
        { gap: 1, relation: 'different-emphasis' },
        { gap: 1, relation: 'partly-agree' },
        { gap: 1, relation: 'differ' },
      ]),
    ).toEqual([4, 3, 2, 1, 0]);
  });

  it('keeps the article’s order for rows still tied', () => {
    expect(
      disagreementOrder([
        { gap: 2, relation: 'agree' },
        { gap: 3, relation: 'agree' },
        { gap: 2, relation: 'agree' },
        { gap: 3, relation: 'agree' },
      ]),
    ).toEqual([1, 3, 0, 2]);
  });

  it('orders nothing when there are no rows', () => {
    expect(disagreementOrder([])).toEqual([]);
  });
});
