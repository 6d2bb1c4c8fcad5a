// Krippendorff's α, the agreement coefficient content analysis reports for a coding done by
// several independent coders: α = 1 − Do/De, the observed disagreement over the disagreement
// expected by chance. It allows any number of coders and missing values, and a metric per
// kind of data. Computed from the coincidence matrix as in Krippendorff (2011), "Computing
// Krippendorff's Alpha-Reliability", whose worked examples the tests reproduce.

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** One unit (one coded item): each coder's value, or null where that coder gave none. */
export type AlphaUnit<V> = readonly (V | null | undefined)[];

export interface AlphaResult {
  /** Undefined when it cannot be computed: fewer than two pairable values, or one value only. */
  alpha: number | undefined;
  /** Units with at least two values, the only ones that count. */
  units: number;
  /** Pairable values in those units (n in Krippendorff's notation). */
  values: number;
}

/**
 * Krippendorff's α over `units`. `order` lists the possible values in their order; it is
 * required for the ordinal metric, and for the interval and ratio metrics the values must
 * be numbers. Values outside `order` are an error rather than silently dropped.
 */
export function krippendorffAlpha<V extends string | number>(
  units: readonly AlphaUnit<V>[],
  level: AlphaLevel,
  order?: readonly V[],
): AlphaResult {
  if (level === 'ordinal' && !order) throw new Error('ordinal data need the values in order');
  const categories: V[] = order ? [...order] : [];
  const index = new Map<V, number>(categories.map((value, i) => [value, i]));
  const pairable = units
    .map((unit) => unit.filter((v): v is V => v !== null && v !== undefined))
    .filter((unit) => unit.length >= 2);
  for (const unit of pairable)
    for (const value of unit) {
      if (index.has(value)) continue;
      if (order) throw new Error(`the value ${String(value)} is not among the ordered values`);
      index.set(value, categories.push(value) - 1);
    }
  const k = categories.length;
  // The coincidence matrix: each ordered pair of values within a unit, weighted 1/(m − 1).
  const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    const indices = unit.map((value) => index.get(value) ?? 0);
    indices.forEach((c, i) =>
      indices.forEach((d, j) => {
        if (i !== j) addTo(o, c, d, weight);
      }),
    );
  }
  const marginals = o.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  const n = marginals.reduce((sum, m) => sum + m, 0);
  const result = { units: pairable.length, values: Math.round(n) };
  if (n < 2 || marginals.filter((m) => m > 0).length < 2) return { ...result, alpha: undefined };
  const delta = differenceFunction(level, categories, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++)
    for (let d = 0; d < k; d++) {
      const squared = delta(c, d);
      observed += cell(o, c, d) * squared;
      expected += at(marginals, c) * at(marginals, d) * squared;
    }
  return { ...result, alpha: 1 - ((n - 1) * observed) / expected };
}

/** δ² between the values at indices c and d, for the data's level of measurement. */
function differenceFunction<V>(
  level: AlphaLevel,
  categories: readonly V[],
  marginals: readonly number[],
): (c: number, d: number) => number {
  if (level === 'nominal') return (c, d) => (c === d ? 0 : 1);
  if (level === 'ordinal')
    return (c, d) => {
      const [low, high] = c < d ? [c, d] : [d, c];
      let between = 0;
      for (let g = low; g <= high; g++) between += at(marginals, g);
      return (between - (at(marginals, low) + at(marginals, high)) / 2) ** 2;
    };
  const numbers = categories.map((value) => {
    if (typeof value !== 'number') throw new Error(`${level} data must be numbers`);
    return value;
  });
  if (level === 'interval') return (c, d) => (at(numbers, c) - at(numbers, d)) ** 2;
  return (c, d) => {
    const sum = at(numbers, c) + at(numbers, d);
    return sum === 0 ? 0 : ((at(numbers, c) - at(numbers, d)) / sum) ** 2;
  };
}

/** How far a coding can be relied on, by the thresholds content analysis uses. */
export type AlphaVerdict = 'reliable' | 'tentative' | 'unreliable';

export function alphaVerdict(alpha: number): AlphaVerdict {
  if (alpha >= 0.8) return 'reliable';
  return alpha >= 0.667 ? 'tentative' : 'unreliable';
}

/** Indices here always come from the categories' own range, so a miss is a zero. */
function at(values: readonly number[], i: number): number {
  return values[i] ?? 0;
}

function cell(matrix: readonly (readonly number[])[], c: number, d: number): number {
  return matrix[c]?.[d] ?? 0;
}

function addTo(matrix: number[][], c: number, d: number, weight: number): void {
  const row = matrix[c];
  if (row) row[d] = (row[d] ?? 0) + weight;
}
