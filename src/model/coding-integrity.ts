import {
  codedAnswers,
  codedPointRelations,
  codedPositions,
  codedTopicRelations,
} from './coded-items.ts';
import type { PositionCode } from './coding-schema.ts';
import type { DataProblem } from './debate-integrity.ts';
import type { Adjudication, Debate, Position } from './debate-schema.ts';

/** A stance's position as a coder writes it: its place, or its state. */
function positionCode(position: Position): PositionCode {
  return position.state === 'placed' ? position.value : position.state;
}

/**
 * The checks on a debate's codings (codings/<coder>.json): every topic, speaker and point
 * they code exists, each coder codes an item once, and every item the latest round's readers
 * coded differently, or that the debate shows otherwise than they all coded it, is
 * adjudicated, with a contested item showing one of its readings.
 */
export function checkCodings(debate: Debate, sourceLines: number): DataProblem[] {
  const codings = debate.codings ?? [];
  if (codings.length === 0) return checkAdjudications(debate, false);
  return checkReferences(debate, sourceLines).concat(checkAdjudications(debate, true));
}

function checkReferences(debate: Debate, sourceLines: number): DataProblem[] {
  const problems: DataProblem[] = [];
  const topics = new Set(debate.topics.map((t) => t.id));
  const speakers = new Set(debate.speakers.map((s) => s.id));
  const points = new Set((debate.points ?? []).map((p) => p.id));
  const coders = new Set<string>();
  (debate.codings ?? []).forEach((coding, ci) => {
    const at = `codings[${ci}]`;
    const who = `${coding.coder}/${coding.round}`;
    if (coders.has(who))
      problems.push({
        path: `${at}.coder`,
        message: `"${coding.coder}" has two codings in round ${coding.round}`,
      });
    coders.add(who);
    const seen = new Set<string>();
    const item = (path: string, key: string, refs: [string, Set<string>, string][]) => {
      for (const [value, known, what] of refs)
        if (!known.has(value)) problems.push({ path, message: `unknown ${what} "${value}"` });
      if (seen.has(key)) problems.push({ path, message: `codes ${key} twice` });
      seen.add(key);
    };
    coding.positions.forEach((p, i) =>
      item(`${at}.positions[${i}]`, `position ${p.topicId}/${p.speakerId}`, [
        [p.topicId, topics, 'topic'],
        [p.speakerId, speakers, 'speaker'],
      ]),
    );
    coding.topicRelations.forEach((r, i) =>
      item(`${at}.topicRelations[${i}]`, `topic relation ${r.topicId}`, [
        [r.topicId, topics, 'topic'],
      ]),
    );
    coding.answers.forEach((a, i) =>
      item(`${at}.answers[${i}]`, `answer ${a.pointId}/${a.speakerId}`, [
        [a.pointId, points, 'point'],
        [a.speakerId, speakers, 'speaker'],
      ]),
    );
    coding.pointRelations.forEach((r, i) =>
      item(`${at}.pointRelations[${i}]`, `point relation ${r.pointId}`, [
        [r.pointId, points, 'point'],
      ]),
    );
    coding.lines?.forEach((l, i) => {
      const path = `${at}.lines[${i}]`;
      if (l.line > sourceLines)
        problems.push({ path, message: `line ${l.line}, but source.txt has ${sourceLines}` });
      if (l.speaker !== null && !speakers.has(l.speaker))
        problems.push({ path, message: `unknown speaker "${l.speaker}"` });
      item(path, `line ${l.line}`, []);
    });
  });
  return problems;
}

/**
 * Each coded item against what the debate shows: where the coders differ, or agree on
 * something other than what is shown, the item needs an adjudication saying why.
 */
function checkAdjudications(debate: Debate, coded: boolean): DataProblem[] {
  const codings = debate.codings ?? [];
  const problems: DataProblem[] = [];
  const check = <V>(
    path: string,
    shown: V,
    coders: readonly V[],
    adjudication: Adjudication<V> | undefined,
  ) => {
    const problem = adjudicationProblem(shown, coded ? coders : [], adjudication);
    if (problem) problems.push({ path, message: problem });
  };
  debate.stances.forEach((stance, i) =>
    check(
      `stances[${i}].positionAdjudication`,
      positionCode(stance.position),
      codedPositions(codings, stance.topicId, stance.speakerId),
      stance.positionAdjudication,
    ),
  );
  debate.relations.forEach((relation, i) =>
    check(
      `relations[${i}].adjudication`,
      relation.kind,
      codedTopicRelations(codings, relation.topicId),
      relation.adjudication,
    ),
  );
  debate.points?.forEach((point, pi) => {
    check(
      `points[${pi}].adjudication`,
      point.relation,
      codedPointRelations(codings, point.id),
      point.adjudication,
    );
    point.answers.forEach((answer, ai) =>
      check(
        `points[${pi}].answers[${ai}].adjudication`,
        answer.answer,
        codedAnswers(codings, point.id, answer.speakerId),
        answer.adjudication,
      ),
    );
  });
  return problems;
}

/** Why an item's adjudication does not fit what is shown and what the coders coded, if it doesn't. */
function adjudicationProblem<V>(
  shown: V,
  coders: readonly V[],
  adjudication: Adjudication<V> | undefined,
): string | undefined {
  const readings = adjudication?.readings?.map((r) => r.value) ?? [];
  if (adjudication?.status === 'contested') {
    if (new Set(readings).size < 2) return 'a contested item needs at least two different readings';
    if (!readings.includes(shown)) return 'a contested item shows one of its readings';
  }
  if (readings.length > 0 && new Set(readings).size !== readings.length)
    return 'the same reading is given twice';
  const differ = new Set(coders).size > 1;
  const overruled = coders.length > 0 && !differ && coders[0] !== shown;
  if ((differ || overruled) && !adjudication)
    return differ
      ? `the coders differ (${[...new Set(coders)].join(', ')}), so the item needs an adjudication`
      : `every coder coded ${String(coders[0])}, but it shows ${String(shown)}: say why in an adjudication`;
  return undefined;
}
