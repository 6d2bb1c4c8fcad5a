import type { Coding, PositionCode } from './coding-schema.ts';

// What each reader of the latest round coded, item by item: for the adjudication checks and
// for the ranges the shared axis draws. Pure.

/** The axis's steps, in order: what an ordinal α is computed over. */
export const PLACES = [-2, -1, 0, 1, 2] as const;
export const isPlaced = (value: PositionCode): value is (typeof PLACES)[number] =>
  typeof value === 'number';

/** The latest round's codings: the ones the debate's coding was adjudicated from. */
export function latestRound(codings: readonly Coding[]): Coding[] {
  const round = Math.max(0, ...codings.map((c) => c.round));
  return codings.filter((c) => c.round === round);
}

/** What each coding of the latest round says of one item; undefined where a coder gave nothing. */
function codedValues<T>(codings: readonly Coding[], pick: (coding: Coding) => T | undefined): T[] {
  return latestRound(codings)
    .map(pick)
    .filter((value): value is T => value !== undefined);
}

export const codedAnswers = (codings: readonly Coding[], pointId: string, speakerId: string) =>
  codedValues(
    codings,
    (c) => c.answers.find((a) => a.pointId === pointId && a.speakerId === speakerId)?.answer,
  );

export const codedPointRelations = (codings: readonly Coding[], pointId: string) =>
  codedValues(codings, (c) => c.pointRelations.find((r) => r.pointId === pointId)?.relation);

export const codedTopicRelations = (codings: readonly Coding[], topicId: string) =>
  codedValues(codings, (c) => c.topicRelations.find((r) => r.topicId === topicId)?.relation);

export const codedPositions = (codings: readonly Coding[], topicId: string, speakerId: string) =>
  codedValues(
    codings,
    (c) => c.positions.find((p) => p.topicId === topicId && p.speakerId === speakerId)?.value,
  );

/**
 * Where the latest round's coders placed a speaker on a topic's axis, when they placed them
 * at different steps: the range the shared axis draws. Undefined when they agree, or when
 * fewer than two placed the speaker at all.
 */
export function codedRange(
  codings: readonly Coding[],
  topicId: string,
  speakerId: string,
): { min: number; max: number } | undefined {
  const placed = codedPositions(codings, topicId, speakerId).filter(isPlaced);
  if (placed.length < 2) return undefined;
  const min = Math.min(...placed);
  const max = Math.max(...placed);
  return min === max ? undefined : { min, max };
}
