import type { Debate, Quote } from './debate-schema.ts';
import { checkCodings } from './coding-integrity.ts';
import { checkEnglishCoverage } from './english-coverage.ts';
import { checkPoints } from './point-integrity.ts';
import { locateQuoteWithin, type AnchorBudget, type LocateOutcome } from './quote-locator.ts';
import { isInsideQuotationMarks, paragraphContaining } from './text-anchor.ts';

/** One problem with a debate, located by a JSON path such as `stances[3].quotes[0].position`. */
export interface DataProblem {
  path: string;
  message: string;
  /** For a quote that could not be placed within the limits: its text, for a translated message. */
  overLimits?: string;
}

/**
 * The checks a schema cannot express: ids are unique and every reference resolves, every
 * topic × speaker has a stance, and every quote is anchored verbatim in the source with an
 * attribution and kind the source supports; English, if any, covers everything.
 */
export function checkDebateIntegrity(
  debate: Debate,
  source: string,
  /** Problems wanted at most: the costly quote checks stop once this many are found. */
  limit = Infinity,
): DataProblem[] {
  // Concatenated, never spread into a call: a huge debate can have more problems than a
  // call can take arguments.
  const found = checkIds(debate).concat(checkStances(debate), checkRelations(debate));
  return found.concat(
    checkQuotes(debate, source, limit - found.length),
    checkPoints(debate),
    checkCodings(debate, lineCount(source)),
    checkEnglishCoverage(debate),
  );
}

function lineCount(source: string): number {
  let lines = 1;
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** What a quote gets when anchoring it would take more work than the limits allow. */
export const OVER_LIMITS_MESSAGE = 'could not place this quote within the limits';

/**
 * All misplaced quotes together get at most this much anchoring work (fuzzy-search cells,
 * context comparisons and source scanned; see quote-locator.ts).
 */
export const DEBATE_ANCHOR_BUDGET = 20_000_000;

function duplicates<T>(items: readonly T[], key: (item: T) => string, at: (i: number) => string) {
  const seen = new Map<string, number>();
  const problems: DataProblem[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else
      problems.push({ path: at(i), message: `duplicate id "${k}" (first used at ${at(first)})` });
  });
  return problems;
}

/** Every quote in the debate, a stance's or a point's own, with its speaker and JSON path. */
function allQuotes(debate: Debate): { quote: Quote; speakerId: string; path: string }[] {
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

function checkIds(debate: Debate): DataProblem[] {
  const quotes = allQuotes(debate).map((q) => ({ id: q.quote.id, path: `${q.path}.id` }));
  return duplicates(
    debate.speakers,
    (s) => s.id,
    (i) => `speakers[${i}].id`,
  ).concat(
    duplicates(
      debate.topics,
      (t) => t.id,
      (i) => `topics[${i}].id`,
    ),
    duplicates(
      quotes,
      (q) => q.id,
      (i) => quotes[i]?.path ?? `quotes[${i}]`,
    ),
  );
}

function checkStances(debate: Debate): DataProblem[] {
  const problems: DataProblem[] = [];
  const topicIds = new Set(debate.topics.map((t) => t.id));
  const speakerIds = new Set(debate.speakers.map((s) => s.id));
  debate.stances.forEach((stance, i) => {
    const at = `stances[${i}]`;
    if (!topicIds.has(stance.topicId))
      problems.push({ path: `${at}.topicId`, message: `unknown topic "${stance.topicId}"` });
    if (!speakerIds.has(stance.speakerId))
      problems.push({ path: `${at}.speakerId`, message: `unknown speaker "${stance.speakerId}"` });
    const quoted = stance.quotes.length;
    if (stance.position.state === 'not-addressed' && quoted > 0)
      problems.push({ path: `${at}.quotes`, message: 'a not-addressed stance has no quotes' });
    if (stance.position.state !== 'not-addressed' && quoted === 0)
      problems.push({ path: `${at}.quotes`, message: 'a stance needs 1–5 quotes' });
    if (stance.keyQuoteId !== undefined && !stance.quotes.some((q) => q.id === stance.keyQuoteId))
      problems.push({
        path: `${at}.keyQuoteId`,
        message: `the key quote "${stance.keyQuoteId}" is not one of this stance's quotes`,
      });
  });
  for (const problem of duplicates(
    debate.stances,
    (s) => `${s.topicId}/${s.speakerId}`,
    (i) => `stances[${i}]`,
  ))
    problems.push(problem);
  const present = new Set(debate.stances.map((s) => `${s.topicId}/${s.speakerId}`));
  for (const topic of debate.topics) {
    for (const speaker of debate.speakers) {
      if (!present.has(`${topic.id}/${speaker.id}`))
        problems.push({
          path: 'stances',
          message: `missing the stance of "${speaker.id}" on "${topic.id}"`,
        });
    }
  }
  return problems;
}

function checkRelations(debate: Debate): DataProblem[] {
  const problems: DataProblem[] = [];
  const topicIds = new Set(debate.topics.map((t) => t.id));
  const speakerIds = new Set(debate.speakers.map((s) => s.id));
  debate.relations.forEach((relation, i) => {
    if (!topicIds.has(relation.topicId))
      problems.push({
        path: `relations[${i}].topicId`,
        message: `unknown topic "${relation.topicId}"`,
      });
    relation.speakerIds.forEach((speakerId, j) => {
      if (!speakerIds.has(speakerId))
        problems.push({
          path: `relations[${i}].speakerIds[${j}]`,
          message: `unknown speaker "${speakerId}"`,
        });
    });
    if (relation.speakerIds[0] === relation.speakerIds[1])
      problems.push({
        path: `relations[${i}].speakerIds`,
        message: 'a relation needs two different speakers',
      });
  });
  for (const problem of duplicates(
    debate.relations,
    (r) => `${r.topicId}/${[...r.speakerIds].sort().join('+')}`,
    (i) => `relations[${i}]`,
  ))
    problems.push(problem);
  return problems;
}

function checkQuotes(debate: Debate, source: string, limit: number): DataProblem[] {
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
        ...(found === 'over-limits' && { overLimits: clip(exact) }),
      });
      continue;
    }
    if (source.slice(start - prefix.length, start) !== prefix || start < prefix.length)
      problems.push({
        path: `${at}.quote.prefix`,
        message: 'prefix does not match the text before the quote',
      });
    if (source.slice(end, end + suffix.length) !== suffix)
      problems.push({
        path: `${at}.quote.suffix`,
        message: 'suffix does not match the text after the quote',
      });
    const paragraph = paragraphContaining(source, start, end);
    if (!paragraph) {
      problems.push({ path: `${at}.position`, message: 'a quote must not span paragraphs' });
      continue;
    }
    const speaker = speakers.get(speakerId);
    if (
      q.attribution === 'explicit' &&
      speaker &&
      // A name not yet written (a draft in the studio) is the schema's problem, not this one's.
      speaker.name.hant !== '' &&
      !names(speaker.name.hant, paragraph)
    )
      problems.push({
        path: `${at}.attribution`,
        message: `"explicit", but paragraph ${paragraph.index + 1} does not name ${speaker.name.hant}`,
      });
    if (q.kind === 'direct' && !isInsideQuotationMarks(source, start, end))
      problems.push({
        path: `${at}.kind`,
        message: '"direct", but the quote is not inside quotation marks',
      });
  }
  return problems;
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
  let head = 0;
  while (head < quoted.length && head < passage.length && quoted[head] === passage[head]) head++;
  let tail = 0;
  while (
    tail < quoted.length - head &&
    tail < passage.length - head &&
    quoted[quoted.length - 1 - tail] === passage[passage.length - 1 - tail]
  )
    tail++;
  const context = quoted.slice(Math.max(0, head - 4), head);
  return `after "${context}" the quote has "${quoted.slice(head, quoted.length - tail)}" where the source has "${passage.slice(head, passage.length - tail)}"`;
}

/** A long quote, shortened for a message. */
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
