import type { RelationKind } from '@/model/debate-schema';
import { useText } from '@/lib/i18n/use-text';

// A symbol beside the words, so the relation reads without colour.
const symbols: Record<RelationKind, string> = {
  agree: '=',
  'partly-agree': '≈',
  differ: '≠',
  'different-emphasis': '⇄',
};

export function relationSymbol(kind: RelationKind): string {
  return symbols[kind];
}

export function RelationBadge({ kind }: { kind: RelationKind }) {
  const t = useText();
  return (
    <span className={`relation-badge relation-${kind}`}>
      <span aria-hidden="true" className="relation-symbol">
        {symbols[kind]}
      </span>
      {t.relationKinds[kind]}
    </span>
  );
}

const allKinds: RelationKind[] = ['agree', 'partly-agree', 'different-emphasis', 'differ'];

/** Every kind of relation, as the matrix and the methodology list them. */
export function RelationLegend() {
  return (
    <ul className="legend-relations">
      {allKinds.map((kind) => (
        <li key={kind}>
          <RelationBadge kind={kind} />
        </li>
      ))}
    </ul>
  );
}
