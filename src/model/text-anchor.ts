import type { Quote } from './debate-schema.ts';

/** How much context a TextQuoteSelector keeps on each side (as the Hypothesis client does). */
export const CONTEXT_LENGTH = 32;

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

/** Every offset at which `exact` occurs in the source. */
export function occurrences(source: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = source.indexOf(exact); at !== -1; at = source.indexOf(exact, at + 1)) {
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

/**
 * The paragraph holding source[start, end), or undefined when the span crosses a line break.
 * Found from the span outwards, not by splitting the source: the checks ask once per quote,
 * and splitting made checking a draft of 500 quotes in 50,000 characters take 75 ms.
 */
export function paragraphContaining(
  source: string,
  start: number,
  end: number,
): { index: number; start: number; text: string } | undefined {
  if (start < 0 || start > end || end > source.length) return undefined;
  const lineStart = start === 0 ? 0 : source.lastIndexOf('\n', start - 1) + 1;
  const newline = source.indexOf('\n', start);
  const lineEnd = newline === -1 ? source.length : newline;
  if (end > lineEnd) return undefined;
  return {
    start: lineStart,
    text: source.slice(lineStart, lineEnd),
    // Only a problem's message needs the paragraph's number: it is counted when asked for.
    get index() {
      let count = 0;
      for (
        let at = source.indexOf('\n');
        at !== -1 && at < lineStart;
        at = source.indexOf('\n', at + 1)
      )
        count++;
      return count;
    },
  };
}

/**
 * Whether source[start, end) lies inside a pair of quotation marks (“ ” or 「 」):
 * an opening mark precedes it in its paragraph with no closing mark between.
 */
export function isInsideQuotationMarks(source: string, start: number, end: number): boolean {
  const paragraph = paragraphContaining(source, start, end);
  if (!paragraph) return false;
  const before = source.slice(paragraph.start, start);
  const after = source.slice(end, paragraph.start + paragraph.text.length);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
  const closeBefore = Math.max(before.lastIndexOf('”'), before.lastIndexOf('」'));
  const inner = source.slice(start, end);
  const closeAfter = after.search(/[”」]/);
  return open > closeBefore && closeAfter !== -1 && !/[“”「」]/.test(inner);
}
