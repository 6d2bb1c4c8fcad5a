import type { Debate } from '@/model/debate-schema';

export interface LineSegment {
  text: string;
  /** Offset of the segment's first code unit in the source. */
  start: number;
  quoteId?: string;
}

export interface SourceLine {
  number: number;
  start: number;
  segments: LineSegment[];
}

/** Where each quote anchored in the source is, in source order; ones that do not match are left out. */
export function quoteSpans(debate: Pick<Debate, 'stances'>, source: string) {
  return debate.stances
    .flatMap((s) => s.quotes)
    .filter((q) => source.slice(q.position.start, q.position.end) === q.quote.exact)
    .map((q) => ({ id: q.id, start: q.position.start, end: q.position.end }))
    .sort((a, b) => a.start - b.start);
}

/** The source cut into lines, each cut where a quote begins or ends. */
export function sourceLines(source: string, spans: ReturnType<typeof quoteSpans>): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = 0;
  let next = 0;
  source.split('\n').forEach((text, index) => {
    const lineEnd = lineStart + text.length;
    const segments: LineSegment[] = [];
    let at = lineStart;
    while ((spans[next]?.end ?? Infinity) <= lineStart) next++;
    for (let i = next, span = spans[i]; span && span.start < lineEnd; span = spans[++i]) {
      const from = Math.max(span.start, at);
      const to = Math.min(span.end, lineEnd);
      if (to <= from) continue;
      if (from > at) segments.push({ text: source.slice(at, from), start: at });
      segments.push({ text: source.slice(from, to), start: from, quoteId: span.id });
      at = to;
    }
    if (at < lineEnd || segments.length === 0)
      segments.push({ text: source.slice(at, lineEnd), start: at });
    lines.push({ number: index + 1, start: lineStart, segments });
    lineStart = lineEnd + 1;
  });
  return lines;
}

/** The quote whose span holds `offset`, if any. */
export const quoteAt = (spans: ReturnType<typeof quoteSpans>, offset: number) =>
  spans.find((s) => offset >= s.start && offset < s.end)?.id;

/** 1-based line and character of an offset. */
export function lineAndColumn(source: string, offset: number) {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
