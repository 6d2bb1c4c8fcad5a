import type { Quote } from './debate-schema.ts';

/** How much context a TextQuoteSelector keeps on each side (as the Hypothesis client does). */
const CONTEXT_LENGTH = 32;

export type Anchor = Pick<Quote, 'quote' | 'position'>;

/** The selectors for source[start, end), with up to CONTEXT_LENGTH code units of context. */
export function anchorAt(source: string, start: number, end: number): Anchor {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: source.slice(start, end),
      prefix: source.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: source.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Every offset at which `exact` occurs in the source (the first `limit`, if given). */
export function occurrences(source: string, exact: string, limit = Infinity): number[] {
  const found: number[] = [];
  if (exact === '') return found;
  for (
    let at = source.indexOf(exact);
    at !== -1 && found.length < limit;
    at = source.indexOf(exact, at + 1)
  ) {
    found.push(at);
  }
  return found;
}

/** The source's paragraphs (one per line) with their offsets. */
export function paragraphs(source: string): { index: number; start: number; text: string }[] {
  let start = 0;
  return source.split('\n').map((text, index) => {
    const paragraph = { index, start, text };
    start += text.length + 1;
    return paragraph;
  });
}

/** Where each line starts and where the quotation marks are, found in one pass. */
interface SourceIndex {
  source: string;
  lineStarts: number[];
  openers: number[];
  closers: number[];
}

// The checks ask about one source many times over (a quote at a time): index it once.
let lastIndex: SourceIndex | undefined;

function indexOf(source: string): SourceIndex {
  if (lastIndex?.source === source) return lastIndex;
  const lineStarts = [0];
  const openers: number[] = [];
  const closers: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') lineStarts.push(i + 1);
    else if (c === '“' || c === '「') openers.push(i);
    else if (c === '”' || c === '」') closers.push(i);
  }
  lastIndex = { source, lineStarts, openers, closers };
  return lastIndex;
}

/** How many of the sorted `values` are below `limit` (a binary search). */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? Infinity) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The paragraph holding source[start, end), or undefined when the span crosses a line break. */
export function paragraphContaining(source: string, start: number, end: number) {
  const { lineStarts } = indexOf(source);
  const index = countBelow(lineStarts, start + 1) - 1;
  const lineStart = lineStarts[index];
  if (lineStart === undefined || start < 0) return undefined;
  const next = lineStarts[index + 1];
  const lineEnd = next === undefined ? source.length : next - 1;
  if (end > lineEnd) return undefined;
  return { index, start: lineStart, text: source.slice(lineStart, lineEnd) };
}

/**
 * Whether source[start, end) lies inside a pair of quotation marks (“ ” or 「 」):
 * an opening mark precedes it in its paragraph with no closing mark between, a closing mark
 * follows it in its paragraph, and it holds no mark itself. Binary searches, so checking
 * every quote of a debate stays near linear however long a paragraph is.
 */
export function isInsideQuotationMarks(source: string, start: number, end: number): boolean {
  const paragraph = paragraphContaining(source, start, end);
  if (!paragraph) return false;
  const { openers, closers } = indexOf(source);
  const paragraphEnd = paragraph.start + paragraph.text.length;
  const lastBefore = (marks: number[]) => {
    const i = countBelow(marks, start) - 1;
    const at = marks[i];
    return at !== undefined && at >= paragraph.start ? at : -1;
  };
  const open = lastBefore(openers);
  const closeBefore = lastBefore(closers);
  const closerAfter = closers[countBelow(closers, end)];
  const markInside =
    countBelow(openers, end) > countBelow(openers, start) ||
    countBelow(closers, end) > countBelow(closers, start);
  return (
    open > closeBefore && closerAfter !== undefined && closerAfter < paragraphEnd && !markInside
  );
}
