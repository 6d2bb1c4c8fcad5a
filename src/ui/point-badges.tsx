import type { PointAnswerKind, PointRelation } from '@/model/debate-schema';
import { useText } from '@/lib/i18n/use-text';
import { relationSymbol } from './relation-badge';

// A symbol beside the words, so an answer or a relation reads without colour.
const answerSymbols: Record<PointAnswerKind, string> = {
  asserts: '✓',
  qualifies: '◐',
  rejects: '✗',
  'not-addressed': '–',
};

const pointRelationSymbols: Record<PointRelation, string> = {
  agree: relationSymbol('agree'),
  'partly-agree': relationSymbol('partly-agree'),
  differ: relationSymbol('differ'),
  'one-speaks': relationSymbol('one-speaks'),
};

export function pointRelationSymbol(relation: PointRelation): string {
  return pointRelationSymbols[relation];
}

/** How a speaker answers a point: asserts, qualifies, rejects, or not addressed. */
export function AnswerBadge({ kind }: { kind: PointAnswerKind }) {
  const t = useText();
  return (
    <span className={`answer-badge answer-${kind}`}>
      <span aria-hidden="true" className="answer-symbol">
        {answerSymbols[kind]}
      </span>
      {t.pointAnswers[kind]}
    </span>
  );
}

/** How the speakers stand to each other on a point. */
export function PointRelationBadge({ relation }: { relation: PointRelation }) {
  const t = useText();
  return (
    <span className={`relation-badge point-relation-${relation}`}>
      <span aria-hidden="true" className="relation-symbol">
        {pointRelationSymbols[relation]}
      </span>
      {t.pointRelations[relation]}
    </span>
  );
}
