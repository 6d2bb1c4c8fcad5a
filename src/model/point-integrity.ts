import type { Debate, Point, PointAnswerKind, Relation } from './debate-schema.ts';
import type { DataProblem } from './debate-integrity.ts';
import type { RelationReason } from './problem-detail.ts';

/**
 * Points are checked against the rest of the debate: every topic and speaker they name
 * exists, every speaker answers each point exactly once, quotes back every answer and belong
 * to the speaker who answers, the point's relation follows from its answers, and no topic is
 * coded as agreement while one of its points says the two differ.
 */
export function checkPoints(debate: Debate): DataProblem[] {
  const points = debate.points ?? [];
  const problems: DataProblem[] = [];
  const topicIds = new Set(debate.topics.map((t) => t.id));
  const speakerIds = debate.speakers.map((s) => s.id);
  const quoteOwner = quoteOwners(debate, speakerIds);

  // The relations coded `agree`, by topic: looked up per point rather than scanned.
  const agreements = new Map<string, Relation[]>();
  for (const relation of debate.relations)
    if (relation.kind === 'agree') {
      const list = agreements.get(relation.topicId);
      if (list) list.push(relation);
      else agreements.set(relation.topicId, [relation]);
    }

  const seen = new Map<string, number>();
  points.forEach((point, i) => {
    const at = `points[${i}]`;
    const first = seen.get(point.id);
    if (first === undefined) seen.set(point.id, i);
    else
      problems.push({
        path: `${at}.id`,
        message: `duplicate id "${point.id}" (first used at points[${first}].id)`,
        detail: { kind: 'duplicate-id', id: point.id, first: `points[${first}].id` },
      });
    point.topicIds.forEach((topicId, j) => {
      if (!topicIds.has(topicId))
        problems.push({
          path: `${at}.topicIds[${j}]`,
          message: `unknown topic "${topicId}"`,
          detail: { kind: 'unknown-ref', ref: 'topic', id: topicId },
        });
    });
    for (const problem of checkAnswers(point, at, speakerIds, quoteOwner)) problems.push(problem);
    const mismatch = relationMismatch(point);
    if (mismatch)
      problems.push({
        path: `${at}.relation`,
        message: mismatch.message,
        detail: { kind: 'point-relation', relation: point.relation, ...mismatch },
      });
    for (const problem of topicRelationConflicts(agreements, point, at)) problems.push(problem);
  });
  return problems;
}

/**
 * Whose words each quote is. A quote whose id is used twice, or whose stance names an unknown
 * speaker, has no owner to check against: those problems are reported once, where they are,
 * rather than again at every answer that cites the quote.
 */
function quoteOwners(debate: Debate, speakerIds: readonly string[]): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  const own = (quoteId: string, speakerId: string) =>
    owners.set(quoteId, owners.has(quoteId) || !speakerIds.includes(speakerId) ? null : speakerId);
  for (const stance of debate.stances)
    for (const quote of stance.quotes) own(quote.id, stance.speakerId);
  for (const point of debate.points ?? [])
    for (const answer of point.answers)
      for (const quote of answer.quotes ?? []) own(quote.id, answer.speakerId);
  return owners;
}

function checkAnswers(
  point: Point,
  at: string,
  speakerIds: readonly string[],
  quoteOwner: ReadonlyMap<string, string | null>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const answered = new Set<string>();
  point.answers.forEach((answer, j) => {
    const path = `${at}.answers[${j}]`;
    if (!speakerIds.includes(answer.speakerId))
      problems.push({
        path: `${path}.speakerId`,
        message: `unknown speaker "${answer.speakerId}"`,
        detail: { kind: 'unknown-ref', ref: 'speaker', id: answer.speakerId },
      });
    else if (answered.has(answer.speakerId))
      problems.push({
        path: `${path}.speakerId`,
        message: `"${answer.speakerId}" already answers this point`,
        detail: { kind: 'answered-twice', speakerId: answer.speakerId },
      });
    answered.add(answer.speakerId);
    const quoted = answer.quoteIds.length + (answer.quotes?.length ?? 0);
    if (answer.answer === 'not-addressed' && quoted > 0)
      problems.push({
        path: `${path}.quoteIds`,
        message: 'a not-addressed answer has no quotes',
        detail: { kind: 'answer-quotes', need: 'none' },
      });
    if (answer.answer !== 'not-addressed' && quoted === 0)
      problems.push({
        path: `${path}.quoteIds`,
        message: 'an answer needs the quotes that show it',
        detail: { kind: 'answer-quotes', need: 'some' },
      });
    answer.quoteIds.forEach((quoteId, k) => {
      const owner = quoteOwner.get(quoteId);
      if (owner === undefined)
        problems.push({
          path: `${path}.quoteIds[${k}]`,
          message: `unknown quote "${quoteId}"`,
          detail: { kind: 'unknown-ref', ref: 'quote', id: quoteId },
        });
      else if (owner !== null && owner !== answer.speakerId)
        problems.push({
          path: `${path}.quoteIds[${k}]`,
          message: `quote "${quoteId}" is ${owner}'s words, not ${answer.speakerId}'s`,
          detail: { kind: 'quote-of-other', quoteId, owner, speakerId: answer.speakerId },
        });
    });
  });
  for (const speakerId of speakerIds)
    if (!answered.has(speakerId))
      problems.push({
        path: `${at}.answers`,
        message: `missing the answer of "${speakerId}"`,
        detail: { kind: 'missing-answer', speakerId },
      });
  return problems;
}

/** Why the point's relation does not follow from its answers, if it does not. */
export function relationMismatch(
  point: Point,
): { reason: RelationReason; count: number; message: string } | undefined {
  const addressed = point.answers
    .map((a) => a.answer)
    .filter((a): a is Exclude<PointAnswerKind, 'not-addressed'> => a !== 'not-addressed');
  const kinds = new Set(addressed);
  const count = addressed.length;
  const why = (reason: RelationReason, message: string) => ({ reason, count, message });
  if (point.relation === 'one-speaks')
    return count === 1
      ? undefined
      : why('one-speaks-count', `"one-speaks", but ${count} speakers address the point`);
  if (count < 2)
    return why('needs-two', `"${point.relation}" needs two speakers who address the point`);
  if (point.relation === 'agree' && kinds.size > 1)
    return why('agree-differs', '"agree", but the speakers answer the point differently');
  if (point.relation === 'differ' && kinds.size === 1)
    return why('differ-same', '"differ", but every speaker gives the same answer');
  if (point.relation !== 'differ' && kinds.has('asserts') && kinds.has('rejects'))
    return why(
      'asserts-rejects',
      `"${point.relation}", but one speaker asserts what another rejects`,
    );
  return undefined;
}

/** A topic coded `agree` between two speakers cannot hold a point on which they differ. */
function topicRelationConflicts(
  agreements: ReadonlyMap<string, readonly Relation[]>,
  point: Point,
  at: string,
): DataProblem[] {
  if (point.relation !== 'differ') return [];
  const addressed = point.answers.filter((a) => a.answer !== 'not-addressed');
  const problems: DataProblem[] = [];
  for (const topicId of point.topicIds) {
    for (const relation of agreements.get(topicId) ?? []) {
      const both = relation.speakerIds.every((id) => addressed.some((a) => a.speakerId === id));
      if (both)
        problems.push({
          path: `${at}.relation`,
          message: `the speakers differ on this point, but topic "${topicId}" codes their relation as "agree"`,
          detail: { kind: 'topic-agrees', topicId },
        });
    }
  }
  return problems;
}
