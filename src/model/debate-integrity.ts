import type { Debate } from './debate-schema.ts';
import { checkCodings } from './coding-integrity.ts';
import { checkEnglishCoverage } from './english-coverage.ts';
import { checkPoints } from './point-integrity.ts';
import type { ProblemDetail } from './problem-detail.ts';
import { allQuotes, checkQuotes } from './quote-integrity.ts';

/** One problem with a debate, located by a JSON path such as `stances[3].quotes[0].position`. */
export interface DataProblem {
  path: string;
  /** In English, for logs and tests; editors read the detail, described in their language. */
  message: string;
  /** What the problem is, for src/lib/problem-text/describe-problem.ts. */
  detail?: ProblemDetail;
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

function duplicates<T>(items: readonly T[], key: (item: T) => string, at: (i: number) => string) {
  const seen = new Map<string, number>();
  const problems: DataProblem[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else
      problems.push({
        path: at(i),
        message: `duplicate id "${k}" (first used at ${at(first)})`,
        detail: { kind: 'duplicate-id', id: k, first: at(first) },
      });
  });
  return problems;
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
      problems.push(unknown(`${at}.topicId`, 'topic', stance.topicId));
    if (!speakerIds.has(stance.speakerId))
      problems.push(unknown(`${at}.speakerId`, 'speaker', stance.speakerId));
    const quoted = stance.quotes.length;
    if (stance.position.state === 'not-addressed' && quoted > 0)
      problems.push({
        path: `${at}.quotes`,
        message: 'a not-addressed stance has no quotes',
        detail: { kind: 'stance-quotes', need: 'none' },
      });
    if (stance.position.state !== 'not-addressed' && quoted === 0)
      problems.push({
        path: `${at}.quotes`,
        message: 'a stance needs 1–5 quotes',
        detail: { kind: 'stance-quotes', need: 'some' },
      });
    if (stance.keyQuoteId !== undefined && !stance.quotes.some((q) => q.id === stance.keyQuoteId))
      problems.push({
        path: `${at}.keyQuoteId`,
        message: `the key quote "${stance.keyQuoteId}" is not one of this stance's quotes`,
        detail: { kind: 'key-quote', quoteId: stance.keyQuoteId },
      });
  });
  for (const problem of duplicates(
    debate.stances,
    (s) => `${s.topicId}/${s.speakerId}`,
    (i) => `stances[${i}]`,
  ))
    problems.push({ ...problem, detail: { kind: 'duplicate-stance' } });
  const present = new Set(debate.stances.map((s) => `${s.topicId}/${s.speakerId}`));
  for (const topic of debate.topics) {
    for (const speaker of debate.speakers) {
      if (!present.has(`${topic.id}/${speaker.id}`))
        problems.push({
          path: 'stances',
          message: `missing the stance of "${speaker.id}" on "${topic.id}"`,
          detail: { kind: 'missing-stance', speakerId: speaker.id, topicId: topic.id },
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
      problems.push(unknown(`relations[${i}].topicId`, 'topic', relation.topicId));
    relation.speakerIds.forEach((speakerId, j) => {
      if (!speakerIds.has(speakerId))
        problems.push(unknown(`relations[${i}].speakerIds[${j}]`, 'speaker', speakerId));
    });
    if (relation.speakerIds[0] === relation.speakerIds[1])
      problems.push({
        path: `relations[${i}].speakerIds`,
        message: 'a relation needs two different speakers',
        detail: { kind: 'same-speakers' },
      });
  });
  for (const problem of duplicates(
    debate.relations,
    (r) => `${r.topicId}/${[...r.speakerIds].sort().join('+')}`,
    (i) => `relations[${i}]`,
  ))
    problems.push({ ...problem, detail: { kind: 'duplicate-relation' } });
  return problems;
}

const unknown = (path: string, ref: 'topic' | 'speaker' | 'quote', id: string): DataProblem => ({
  path,
  message: `unknown ${ref} "${id}"`,
  detail: { kind: 'unknown-ref', ref, id },
});
