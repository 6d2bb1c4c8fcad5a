import type { Attribution, Debate, Topic } from '@/model/debate-schema';
import { locateQuote, type AnchorMethod } from '@/model/quote-locator';
import { FIELD_LIMITS } from '@/model/debate-limits';

export interface SourceMark {
  quoteId: string;
  speakerId: string;
  /** The speaker's place in the debate's list, which picks their tint. */
  speakerIndex: number;
  topicId: string;
  attribution: Attribution;
  method: AnchorMethod;
}

export interface Segment {
  text: string;
  mark?: SourceMark;
}

export interface SourceParagraph {
  /** 1-based, as the source's line numbers. */
  number: number;
  role: 'heading' | 'subheading' | 'text';
  /** The topic a heading or subheading opens. */
  topic?: Topic;
  segments: Segment[];
}

export interface SourceLayout {
  paragraphs: SourceParagraph[];
  /** Quotes that could not be found in the source at all. */
  unplaced: string[];
}

type PlacedMark = SourceMark & { start: number; end: number };

/** Every quote placed in the source, in source order, and those that could not be. */
export interface PlacedQuotes {
  marks: PlacedMark[];
  unplaced: string[];
}

export function placeQuotes(debate: Debate, source: string): PlacedQuotes {
  const marks: PlacedMark[] = [];
  const unplaced: string[] = [];
  const speakerIndex = new Map(debate.speakers.map((s, i) => [s.id, i]));
  for (const stance of debate.stances) {
    for (const quote of stance.quotes) {
      const found = locateQuote(source, quote);
      if (!found) unplaced.push(quote.id);
      else
        marks.push({
          quoteId: quote.id,
          speakerId: stance.speakerId,
          speakerIndex: speakerIndex.get(stance.speakerId) ?? -1,
          topicId: stance.topicId,
          attribution: quote.attribution,
          method: found.method,
          start: found.start,
          end: found.end,
        });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  return { marks, unplaced };
}

/** Where each line of the source starts. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1))
    starts.push(at + 1);
  return starts;
}

/** The index of the line holding `offset`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The first of the start-sorted marks that starts at or after `offset`. */
function firstMarkFrom(marks: readonly PlacedMark[], offset: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((marks[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Lines [from, to) of the source, with the article's section headings mapped to topics and
 * every placed quote cut out as a marked segment of its paragraph. Work is proportional to
 * the lines asked for, so a long source can be laid out a window at a time.
 */
export function layoutLines(
  debate: Debate,
  source: string,
  { marks }: PlacedQuotes,
  starts: readonly number[],
  from: number,
  to: number,
): SourceParagraph[] {
  const byHeading = new Map(debate.topics.map((t) => [t.heading, t]));
  const bySubheading = new Map(debate.topics.map((t) => [t.subheading, t]));
  const lineText = (i: number) => {
    const start = starts[i];
    if (start === undefined) return undefined;
    const next = starts[i + 1];
    return source.slice(start, next === undefined ? source.length : next - 1);
  };
  // A quote is at most as long as its cap (a fuzzy match a little longer): marks that reach
  // into a line start no further back than that.
  const reach = 2 * FIELD_LIMITS.quote;
  const laidOut: SourceParagraph[] = [];
  for (let i = from; i < Math.min(to, starts.length); i++) {
    const text = lineText(i) ?? '';
    const start = starts[i] ?? 0;
    const end = start + text.length;
    const headingOf = byHeading.get(text);
    const heading = headingOf && lineText(i + 1) === headingOf.subheading ? headingOf : undefined;
    const subheadingOf = bySubheading.get(text);
    const subheading =
      subheadingOf && lineText(i - 1) === subheadingOf.heading ? subheadingOf : undefined;
    const topic = heading ?? subheading;
    const role = heading ? 'heading' : subheading ? 'subheading' : 'text';
    const segments: Segment[] = [];
    let at = start;
    for (let m = firstMarkFrom(marks, start - reach); m < marks.length; m++) {
      const mark = marks[m] as PlacedMark;
      if (mark.start >= end) break;
      // Overlapping quotes are clipped so every character is shown once.
      const cutFrom = Math.max(mark.start, at);
      const cutTo = Math.min(mark.end, end);
      if (cutTo <= cutFrom) continue;
      if (cutFrom > at) segments.push({ text: source.slice(at, cutFrom) });
      const { start: _start, end: _end, ...markOnly } = mark;
      segments.push({ text: source.slice(cutFrom, cutTo), mark: markOnly });
      at = cutTo;
    }
    if (at < end || segments.length === 0) segments.push({ text: source.slice(at, end) });
    laidOut.push({ number: i + 1, role, ...(topic ? { topic } : {}), segments });
  }
  return laidOut;
}

/** The whole source laid out: see layoutLines. */
export function layoutSource(debate: Debate, source: string): SourceLayout {
  const placed = placeQuotes(debate, source);
  const starts = lineStarts(source);
  return {
    paragraphs: layoutLines(debate, source, placed, starts, 0, starts.length),
    unplaced: placed.unplaced,
  };
}
