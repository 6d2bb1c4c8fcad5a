import type { Attribution, Debate, Topic } from '@/model/debate-schema';
import { locateQuote, type AnchorMethod } from '@/model/quote-locator';
import { paragraphs } from '@/model/text-anchor';

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

/**
 * The source split into paragraphs, with the article's section headings mapped to topics
 * and every curated quote cut out as a marked segment of its paragraph.
 */
export function layoutSource(debate: Debate, source: string): SourceLayout {
  const marks: (SourceMark & { start: number; end: number })[] = [];
  const unplaced: string[] = [];
  for (const stance of debate.stances) {
    const speakerIndex = debate.speakers.findIndex((s) => s.id === stance.speakerId);
    for (const quote of stance.quotes) {
      const found = locateQuote(source, quote);
      if (!found) unplaced.push(quote.id);
      else
        marks.push({
          quoteId: quote.id,
          speakerId: stance.speakerId,
          speakerIndex,
          topicId: stance.topicId,
          attribution: quote.attribution,
          method: found.method,
          start: found.start,
          end: found.end,
        });
    }
  }
  marks.sort((a, b) => a.start - b.start);

  const lines = paragraphs(source);
  const laidOut = lines.map((line, i): SourceParagraph => {
    const heading = debate.topics.find(
      (t) => t.heading === line.text && lines[i + 1]?.text === t.subheading,
    );
    const subheading = debate.topics.find(
      (t) => t.subheading === line.text && lines[i - 1]?.text === t.heading,
    );
    const topic = heading ?? subheading;
    const role = heading ? 'heading' : subheading ? 'subheading' : 'text';
    const segments: Segment[] = [];
    let at = line.start;
    const end = line.start + line.text.length;
    for (const mark of marks) {
      // Overlapping quotes are clipped so every character is shown once.
      const from = Math.max(mark.start, at);
      const to = Math.min(mark.end, end);
      if (to <= from) continue;
      if (from > at) segments.push({ text: source.slice(at, from) });
      const { start: _start, end: _end, ...markOnly } = mark;
      segments.push({ text: source.slice(from, to), mark: markOnly });
      at = to;
    }
    if (at < end || segments.length === 0) segments.push({ text: source.slice(at, end) });
    return { number: line.index + 1, role, ...(topic ? { topic } : {}), segments };
  });
  return { paragraphs: laidOut, unplaced };
}
