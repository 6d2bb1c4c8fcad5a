import { alphaVerdict, krippendorffAlpha, type AlphaUnit } from './krippendorff-alpha';

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania. Its worked examples, with the values it gives.

/** Rows are coders, columns are units, as the paper prints them; '.' is a missing value. */
function unitsOf<V>(rows: readonly (readonly (V | '.')[])[]): AlphaUnit<V>[] {
  return rows[0]!.map((_, u) => rows.map((row) => (row[u] === '.' ? null : (row[u] as V))));
}

const rounded = (alpha: number | undefined) =>
  alpha === undefined ? undefined : +alpha.toFixed(3);

test('A. binary data, two coders, no missing values: α = 0.095', () => {
  const units = unitsOf([
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
  ]);
  expect(rounded(krippendorffAlpha(units, 'nominal').alpha)).toBe(0.095);
});

test('B. nominal data, two coders, no missing values: α = 0.692', () => {
  const units = unitsOf([
    ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'],
    ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'],
  ]);
  expect(rounded(krippendorffAlpha(units, 'nominal').alpha)).toBe(0.692);
});

describe('C–F. four coders, twelve units, missing values', () => {
  const units = unitsOf<number>([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, '.', '.', '.'],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, '.', 3],
    ['.', 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, '.'],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, '.'],
  ]);
  const order = [1, 2, 3, 4, 5];

  test.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('%s: α = %s', (level, expected) => {
    expect(rounded(krippendorffAlpha(units, level, order).alpha)).toBe(expected);
  });

  test('counts only the units with two or more values, and their values', () => {
    // Unit 12 has one value, so it is not pairable; the other eleven hold 40 values.
    expect(krippendorffAlpha(units, 'nominal')).toMatchObject({ units: 11, values: 40 });
  });
});

test('perfect agreement is 1, and agreement no better than chance is about 0', () => {
  expect(
    krippendorffAlpha(
      [
        ['a', 'a'],
        ['b', 'b'],
        ['a', 'a'],
      ],
      'nominal',
    ).alpha,
  ).toBe(1);
  const chance = krippendorffAlpha(
    [
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'a'],
      ['b', 'b'],
    ],
    'nominal',
  ).alpha!;
  expect(Math.abs(chance)).toBeLessThan(0.2);
});

test('is undefined when there is nothing to compare, or only one value in all', () => {
  expect(krippendorffAlpha([['a', null]], 'nominal').alpha).toBeUndefined();
  expect(
    krippendorffAlpha(
      [
        ['a', 'a'],
        ['a', 'a'],
      ],
      'nominal',
    ).alpha,
  ).toBeUndefined();
});

test('ordinal data need their order, and every value must be in it', () => {
  expect(() => krippendorffAlpha([[1, 2]], 'ordinal')).toThrow(/in order/);
  expect(() => krippendorffAlpha([[1, 7]], 'ordinal', [1, 2, 3])).toThrow(/7/);
});

test('on an ordinal scale, a near miss costs less than a far one', () => {
  const near = krippendorffAlpha(
    [
      [-2, -1],
      [0, 0],
      [2, 2],
      [1, 1],
    ],
    'ordinal',
    [-2, -1, 0, 1, 2],
  ).alpha!;
  const far = krippendorffAlpha(
    [
      [-2, 2],
      [0, 0],
      [2, 2],
      [1, 1],
    ],
    'ordinal',
    [-2, -1, 0, 1, 2],
  ).alpha!;
  expect(near).toBeGreaterThan(far);
});

test.each([
  [0.8, 'reliable'],
  [0.79, 'tentative'],
  [0.667, 'tentative'],
  [0.66, 'unreliable'],
] as const)('α = %s is %s', (alpha, verdict) => {
  expect(alphaVerdict(alpha)).toBe(verdict);
});
