import type { Coding, PositionCode } from './coding-schema.ts';
import { isPlaced, PLACES } from './coded-items.ts';
import { krippendorffAlpha, type AlphaLevel, type AlphaResult } from './krippendorff-alpha.ts';

// How far the readers' codings agree: Krippendorff's α per field over the latest round. Pure:
// the reliability script and /about use it. What each reader coded, item by item, is in
// coded-items.ts, apart from α, so the matrix pages load none of this.

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

const answerKey = (pointId: string, speakerId: string) => `${pointId}/${speakerId}`;
const positionKey = (topicId: string, speakerId: string) => `${topicId}/${speakerId}`;

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
function fieldReliability(codings: readonly Coding[], field: ReliabilityField): FieldReliability {
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
