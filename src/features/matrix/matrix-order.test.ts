import { describe, expect, it } from 'vitest';
import { positionGap } from '@/model/debate-queries';
import { disagreementOrder, parseMatrixOrder } from './matrix-order';

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
  it('puts a relation that says they differ before a wider gap the relation calls milder', () => {
    expect(
      disagreementOrder([
        { gap: 3, relation: 'partly-agree' },
        { gap: 1, relation: 'differ' },
        { gap: 4, relation: 'agree' },
        { gap: undefined, relation: 'one-speaks' },
      ]),
    ).toEqual([1, 0, 3, 2]);
  });

  it('ranks the relations differ, partly agree, one speaks, agree, then none', () => {
    expect(
      disagreementOrder([
        { gap: 1, relation: undefined },
        { gap: 1, relation: 'agree' },
        { gap: 1, relation: 'one-speaks' },
        { gap: 1, relation: 'partly-agree' },
        { gap: 1, relation: 'differ' },
      ]),
    ).toEqual([4, 3, 2, 1, 0]);
  });

  it('counts different emphasis, from debates coded before the codebook, with one speaks', () => {
    expect(
      disagreementOrder([
        { gap: 1, relation: 'different-emphasis' },
        { gap: 2, relation: 'one-speaks' },
        { gap: 0, relation: 'agree' },
      ]),
    ).toEqual([1, 0, 2]);
  });

  it('within one relation puts the largest gap first and rows without a gap last', () => {
    expect(
      disagreementOrder([
        { gap: 1, relation: 'differ' },
        { gap: undefined, relation: 'differ' },
        { gap: 4, relation: 'differ' },
        { gap: 0, relation: 'differ' },
      ]),
    ).toEqual([2, 0, 3, 1]);
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
