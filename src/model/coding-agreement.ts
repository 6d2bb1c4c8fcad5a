import type { Coding, PositionCode } from './coding-schema.ts';
import { krippendorffAlpha, type AlphaLevel, type AlphaResult } from './krippendorff-alpha.ts';

// How far the readers' codings agree: Krippendorff's α per field over the latest round, and,
// item by item, what each reader coded, for the adjudication and for the ranges the shared
// axis draws. Pure: the reliability script, the checks and the pages all use it.

export const reliabilityFields = [
  'answers',
  'pointRelations',
  'topicRelations',
  'positions',
  'positionStates',
  'lineSpeakers',
  'lineVoices',
  'lineAttributions',
] as const;
export type ReliabilityField = (typeof reliabilityFields)[number];

const PLACES = [-2, -1, 0, 1, 2] as const;
const isPlaced = (value: PositionCode): value is (typeof PLACES)[number] =>
  typeof value === 'number';
const positionState = (value: PositionCode) => (isPlaced(value) ? 'placed' : value);

/** Each field's items (key → value) in one coding, and the level its α is computed at. */
const FIELDS: Record<
  ReliabilityField,
  { level: AlphaLevel; values: (coding: Coding) => Map<string, string | number | null> }
> = {
  answers: {
    level: 'nominal',
    values: (c) => new Map(c.answers.map((a) => [answerKey(a.pointId, a.speakerId), a.answer])),
  },
  pointRelations: {
    level: 'nominal',
    values: (c) => new Map(c.pointRelations.map((r) => [r.pointId, r.relation])),
  },
  topicRelations: {
    level: 'nominal',
    values: (c) => new Map(c.topicRelations.map((r) => [r.topicId, r.relation])),
  },
  // A position's place on the axis, ordinal; unclear and not addressed have none, so they
  // are missing here and counted in positionStates instead.
  positions: {
    level: 'ordinal',
    values: (c) =>
      new Map(
        c.positions.map((p) => [
          positionKey(p.topicId, p.speakerId),
          isPlaced(p.value) ? p.value : null,
        ]),
      ),
  },
  positionStates: {
    level: 'nominal',
    values: (c) =>
      new Map(
        c.positions.map((p) => [positionKey(p.topicId, p.speakerId), positionState(p.value)]),
      ),
  },
  lineSpeakers: {
    level: 'nominal',
    values: (c) => new Map((c.lines ?? []).map((l) => [String(l.line), l.speaker ?? 'none'])),
  },
  lineVoices: {
    level: 'nominal',
    values: (c) => new Map((c.lines ?? []).map((l) => [String(l.line), l.voice])),
  },
  lineAttributions: {
    level: 'nominal',
    values: (c) =>
      new Map((c.lines ?? []).map((l) => [String(l.line), l.attribution ?? 'framing'])),
  },
};

export const answerKey = (pointId: string, speakerId: string) => `${pointId}/${speakerId}`;
export const positionKey = (topicId: string, speakerId: string) => `${topicId}/${speakerId}`;

/** The latest round's codings: the ones the debate's coding was adjudicated from. */
export function latestRound(codings: readonly Coding[]): Coding[] {
  const round = Math.max(0, ...codings.map((c) => c.round));
  return codings.filter((c) => c.round === round);
}

/** Every coding round, oldest first, with its codings. */
export function codingRounds(codings: readonly Coding[]): { round: number; codings: Coding[] }[] {
  const rounds = [...new Set(codings.map((c) => c.round))].sort((a, b) => a - b);
  return rounds.map((round) => ({ round, codings: codings.filter((c) => c.round === round) }));
}

export interface FieldReliability extends AlphaResult {
  field: ReliabilityField;
  level: AlphaLevel;
  /** The items on which the codings differ. */
  disagreements: string[];
}

/** α for one field over `codings` (one round), with the items the coders part on. */
export function fieldReliability(
  codings: readonly Coding[],
  field: ReliabilityField,
): FieldReliability {
  const { level, values } = FIELDS[field];
  const perCoder = codings.map(values);
  const keys = [...new Set(perCoder.flatMap((map) => [...map.keys()]))];
  const units = keys.map((key) => perCoder.map((map) => map.get(key) ?? null));
  const result =
    level === 'ordinal'
      ? krippendorffAlpha(units as (number | null)[][], level, PLACES)
      : krippendorffAlpha(units, level);
  const disagreements = keys.filter((_, i) => {
    const given = (units[i] ?? []).filter((v) => v !== null);
    return given.length >= 2 && new Set(given).size > 1;
  });
  return { ...result, field, level, disagreements };
}

/** α for every field that the codings of one round hold. */
export function roundReliability(codings: readonly Coding[]): FieldReliability[] {
  return reliabilityFields
    .map((field) => fieldReliability(codings, field))
    .filter((result) => result.units > 0);
}

/** What each coding of the latest round says of one item; undefined where a coder gave nothing. */
export function codedValues<T>(
  codings: readonly Coding[],
  pick: (coding: Coding) => T | undefined,
): T[] {
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
