import type { PositionCode, RelationCode } from './coding-schema.ts';
import type { PointAnswerKind, PointRelation } from './debate-schema.ts';

// The codebook's rules for relations (docs/codebook.md, sections 4 and 7), as functions:
// what a point's relation may be given its answers, and what a topic's relation is given the
// two speakers' positions and the relations of the points under the topic.

type Addressed = Exclude<PointAnswerKind, 'not-addressed'>;

/** The relations the codebook's table allows for two speakers' answers to a point. */
export function pointRelationsAllowed(a: PointAnswerKind, b: PointAnswerKind): PointRelation[] {
  if (a === 'not-addressed' || b === 'not-addressed') return a === b ? [] : ['one-speaks'];
  const pair = new Set<Addressed>([a, b]);
  if (pair.has('rejects')) return pair.size === 1 ? ['agree'] : ['differ'];
  if (pair.size === 2) return ['partly-agree'];
  // Both assert, or both qualify: the same limit agrees, different limits partly agree.
  return a === 'qualifies' ? ['agree', 'partly-agree'] : ['agree'];
}

const isPlaced = (code: PositionCode): code is Extract<PositionCode, number> =>
  typeof code === 'number';

/**
 * A topic's relation by the codebook's ordered rules (section 7): one speaks; differ on a
 * point under the topic, or on opposite sides of the axis; partly agree on a point, two or
 * more steps apart, or one unclear; else agree.
 */
export function topicRelationByRules(
  positions: readonly [PositionCode, PositionCode],
  pointRelations: readonly PointRelation[],
): RelationCode {
  const [a, b] = positions;
  if (a === 'not-addressed' || b === 'not-addressed') return 'one-speaks';
  const opposite = isPlaced(a) && isPlaced(b) && a * b < 0;
  if (opposite || pointRelations.includes('differ')) return 'differ';
  const apart = isPlaced(a) && isPlaced(b) && Math.abs(a - b) >= 2;
  if (apart || a === 'unclear' || b === 'unclear' || pointRelations.includes('partly-agree'))
    return 'partly-agree';
  return 'agree';
}
