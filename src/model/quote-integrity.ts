// The checks of a debate's quotes against its source: each is verbatim where it says, its
// context matches, it stays in one paragraph, and its kind and attribution are what the
// source supports (docs/debate-format.md).
import type { DataProblem } from './debate-integrity.ts';
import type { Debate, Quote } from './debate-schema.ts';
import { isDirectSpeech, speakerNames } from './direct-speech.ts';
import type { MisplacedAt } from './problem-detail.ts';
import { locateQuoteWithin, type AnchorBudget, type LocateOutcome } from './quote-locator.ts';
import { paragraphContaining } from './text-anchor.ts';

/** What a quote gets when anchoring it would take more work than the limits allow. */
export const OVER_LIMITS_MESSAGE = 'could not place this quote within the limits';

/**
 * All misplaced quotes together get at most this much anchoring work (fuzzy-search cells,
 * context comparisons and source scanned; see quote-locator.ts).
 */
export const DEBATE_ANCHOR_BUDGET = 20_000_000;

/** Every quote in the debate, a stance's or a point's own, with its speaker and JSON path. */
export function allQuotes(debate: Debate): { quote: Quote; speakerId: string; path: string }[] {
  return [
    ...debate.stances.flatMap((s, si) =>
      s.quotes.map((quote, qi) => ({
        quote,
        speakerId: s.speakerId,
        path: `stances[${si}].quotes[${qi}]`,
      })),
    ),
    ...(debate.points ?? []).flatMap((p, pi) =>
      p.answers.flatMap((a, ai) =>
        (a.quotes ?? []).map((quote, qi) => ({
          quote,
          speakerId: a.speakerId,
          path: `points[${pi}].answers[${ai}].quotes[${qi}]`,
        })),
      ),
    ),
  ];
}

export function checkQuotes(debate: Debate, source: string, limit: number): DataProblem[] {
  const problems: DataProblem[] = [];
  const speakers = new Map(debate.speakers.map((s) => [s.id, s]));
  const budget: AnchorBudget = { left: DEBATE_ANCHOR_BUDGET };
  // Whether a paragraph names a speaker, asked once per paragraph and name: many quotes
  // share a paragraph, and the paragraph may be long. (Listing every place a name occurs
  // instead cost 78 s and 1.8 GB for forty one-character-repeated names in a 5M source.)
  const named = new Map<string, boolean>();
  const names = (name: string, paragraph: { start: number; text: string }) => {
    const key = `${paragraph.start}:${name}`;
    let found = named.get(key);
    if (found === undefined) named.set(key, (found = paragraph.text.includes(name)));
    return found;
  };
  for (const { quote: q, speakerId, path: at } of allQuotes(debate)) {
    if (problems.length >= limit) break;
    const { start, end } = q.position;
    const { exact, prefix, suffix } = q.quote;
    if (source.slice(start, end) !== exact) {
      const found = locateQuoteWithin(source, q, budget);
      problems.push({
        path: `${at}.position`,
        message: describeMisplacedQuote(source, q, found),
        detail:
          found === 'over-limits'
            ? { kind: 'over-limits', exact: clip(exact) }
            : { kind: 'misplaced', exact: clip(exact), found: misplacedAt(source, q, found) },
      });
      continue;
    }
    if (source.slice(start - prefix.length, start) !== prefix || start < prefix.length)
      problems.push({
        path: `${at}.quote.prefix`,
        message: 'prefix does not match the text before the quote',
        detail: { kind: 'context', side: 'prefix' },
      });
    if (source.slice(end, end + suffix.length) !== suffix)
      problems.push({
        path: `${at}.quote.suffix`,
        message: 'suffix does not match the text after the quote',
        detail: { kind: 'context', side: 'suffix' },
      });
    const paragraph = paragraphContaining(source, start, end);
    if (!paragraph) {
      problems.push({
        path: `${at}.position`,
        message: 'a quote must not span paragraphs',
        detail: { kind: 'spans-paragraphs' },
      });
      continue;
    }
    const speaker = speakers.get(speakerId);
    // A name not yet written (a draft in the studio) is the schema's problem, not this one's.
    const speakerNamed = speaker ? speakerNames(speaker) : [];
    if (
      q.attribution === 'explicit' &&
      speakerNamed.length > 0 &&
      !speakerNamed.some((name) => names(name, paragraph))
    )
      problems.push({
        path: `${at}.attribution`,
        message: `"explicit", but paragraph ${paragraph.index + 1} does not name ${speakerNamed.join(' or ')}`,
        detail: { kind: 'not-named', paragraph: paragraph.index + 1, name: speakerNamed[0] ?? '' },
      });
    if (q.kind === 'direct' && !isDirectSpeech(source, start, end, speaker))
      problems.push({
        path: `${at}.kind`,
        message:
          '"direct", but the quote is neither inside quotation marks nor after its speaker\'s label on a transcript line',
        detail: { kind: 'not-direct' },
      });
  }
  return problems;
}

/** Where a misplaced quote was found, for the editor's message. */
function misplacedAt(
  source: string,
  q: Quote,
  found: Exclude<LocateOutcome, 'over-limits'>,
): MisplacedAt {
  if (found === 'not-found') return { method: 'not-found' };
  if (found.method === 'quote') return { method: 'quote', start: found.start, end: found.end };
  const parts = differingParts(q.quote.exact, source.slice(found.start, found.end));
  return { method: 'fuzzy', start: found.start, end: found.end, ...parts };
}

/** Why a quote is not at its recorded position, with the closest passage and the difference. */
function describeMisplacedQuote(source: string, q: Quote, found: LocateOutcome): string {
  const { exact } = q.quote;
  const { start, end } = q.position;
  if (found === 'over-limits') return `quote "${clip(exact)}": ${OVER_LIMITS_MESSAGE}`;
  if (found === 'not-found')
    return `quote "${clip(exact)}" is not verbatim in the source, and nothing close was found`;
  if (found.method === 'quote')
    return `quote "${exact}" is at ${found.start}–${found.end}, not ${start}–${end} (found by its exact text)`;
  const passage = source.slice(found.start, found.end);
  return `quote "${exact}" is not verbatim in the source; the closest passage (fuzzy match), at ${found.start}–${found.end}, differs: ${difference(exact, passage)}`;
}

/** The part of `quoted` that differs from `passage`, after their common beginning and end. */
export function difference(quoted: string, passage: string): string {
  const parts = differingParts(quoted, passage);
  return `after "${parts.before}" the quote has "${parts.quoted}" where the source has "${parts.source}"`;
}

function differingParts(quoted: string, passage: string) {
  let head = 0;
  while (head < quoted.length && head < passage.length && quoted[head] === passage[head]) head++;
  let tail = 0;
  while (
    tail < quoted.length - head &&
    tail < passage.length - head &&
    quoted[quoted.length - 1 - tail] === passage[passage.length - 1 - tail]
  )
    tail++;
  return {
    before: quoted.slice(Math.max(0, head - 4), head),
    quoted: quoted.slice(head, quoted.length - tail),
    source: passage.slice(head, passage.length - tail),
  };
}

/** A long quote, shortened for a message. */
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
