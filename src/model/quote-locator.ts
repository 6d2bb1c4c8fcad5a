import search from 'approx-string-match';
import { distance as editDistance } from 'fastest-levenshtein';
import type { Quote } from './debate-schema.ts';
import { occurrences } from './text-anchor.ts';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface LocatedQuote {
  start: number;
  end: number;
  method: AnchorMethod;
  /** Edits between the quote and the text found (0 unless fuzzy). */
  errors: number;
}

type Selectors = Pick<Quote, 'quote' | 'position'>;

/** Anchoring's bounds, so no quote, however placed, makes the search run without end. */
export const ANCHOR_LIMITS = {
  /** More exact occurrences than this and the quote is not placed by its text. */
  candidates: 1000,
  /** Cells of the fuzzy search's table for one quote (source window × quote length). */
  fuzzyCells: 2_000_000,
  /** All the work for one quote, unless a shared budget says less (see AnchorBudget). */
  work: 10_000_000,
} as const;

/**
 * What is left of a shared budget of anchoring work; `left` goes down as it is spent. A unit
 * is a cell of the fuzzy search's table, a character compared when scoring a candidate's
 * context, or sixteen characters of source scanned for the exact text (a native scan).
 */
export interface AnchorBudget {
  left: number;
}

/** Where the quote is, or why it could not be placed: nothing close, or not within the limits. */
export type LocateOutcome = LocatedQuote | 'not-found' | 'over-limits';

/**
 * Finds a quote in the source the way the Hypothesis client re-anchors annotations: by its
 * TextPositionSelector first; if the text there differs, by its exact TextQuoteSelector
 * (the occurrence whose context and position fit best); failing that, by a fuzzy match
 * scored on the quote, its prefix and suffix, and its expected position.
 */
export function locateQuote(
  source: string,
  selectors: Selectors,
  budget?: AnchorBudget,
): LocatedQuote | null {
  const found = locateQuoteWithin(source, selectors, budget);
  return typeof found === 'string' ? null : found;
}

/**
 * locateQuote with bounded work: it gives up ('over-limits') on a text found more than
 * ANCHOR_LIMITS.candidates times, and searches fuzzily only as much of the source, around
 * the recorded position, as ANCHOR_LIMITS.fuzzyCells (and the shared `budget`) allow.
 */
export function locateQuoteWithin(
  source: string,
  { quote, position }: Selectors,
  budget: AnchorBudget = { left: ANCHOR_LIMITS.work },
): LocateOutcome {
  const { exact, prefix, suffix } = quote;
  if (source.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', errors: 0 };
  }
  const scanCost = Math.ceil(source.length / 16);
  if (budget.left < scanCost) return 'over-limits';
  budget.left -= scanCost;
  const exactHits = occurrences(source, exact, ANCHOR_LIMITS.candidates + 1);
  if (exactHits.length > ANCHOR_LIMITS.candidates) return 'over-limits';
  if (exactHits.length > 0) {
    // Scoring a candidate compares its context with the prefix and suffix (edit distance).
    const scoreCost = exactHits.length * (prefix.length ** 2 + suffix.length ** 2 + 1);
    if (budget.left < scoreCost) return 'over-limits';
    budget.left -= scoreCost;
    const best = bestBy(exactHits, (start) =>
      contextScore(source, start, start + exact.length, quote, position.start),
    );
    return { start: best, end: best + exact.length, method: 'quote', errors: 0 };
  }
  const m = Math.max(1, exact.length);
  const cells = Math.min(ANCHOR_LIMITS.fuzzyCells, budget.left);
  const width = Math.floor(cells / m);
  if (width < 2 * m) return 'over-limits';
  // The window around the recorded position that the budget pays for: all of a short source.
  const from = Math.max(0, Math.min(position.start - (width >> 1), source.length - width));
  const to = Math.min(source.length, from + width);
  budget.left -= (to - from) * m;
  const partial = from > 0 || to < source.length;
  const maxErrors = Math.max(1, Math.floor(exact.length / 4));
  // Myers' bit-parallel search, as the Hypothesis client anchors: only the fewest-error matches.
  const candidates = search(source.slice(from, to), exact, maxErrors).map((c) => ({
    ...c,
    start: c.start + from,
    end: c.end + from,
  }));
  if (candidates.length === 0) return partial ? 'over-limits' : 'not-found';
  const best = bestBy(
    candidates,
    (c) =>
      50 * (1 - c.errors / exact.length) +
      contextScore(source, c.start, c.end, { prefix, suffix }, position.start),
  );
  return { start: best.start, end: best.end, method: 'fuzzy', errors: best.errors };
}

function bestBy<T>(items: readonly T[], score: (item: T) => number): T {
  let best = items[0] as T;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) [best, bestScore] = [item, s];
  }
  return best;
}

/** How well the text around [start, end) matches the recorded context and position. */
function contextScore(
  source: string,
  start: number,
  end: number,
  { prefix, suffix }: { prefix: string; suffix: string },
  expectedStart: number,
): number {
  const before = source.slice(Math.max(0, start - prefix.length), start);
  const after = source.slice(end, end + suffix.length);
  const prefixScore = prefix ? 1 - editDistance(before, prefix) / prefix.length : 1;
  const suffixScore = suffix ? 1 - editDistance(after, suffix) / suffix.length : 1;
  const positionScore = 1 - Math.abs(start - expectedStart) / Math.max(1, source.length);
  return 20 * prefixScore + 20 * suffixScore + 2 * positionScore;
}
