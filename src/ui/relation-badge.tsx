import type { RelationKind } from '@/model/debate-schema';
import { useText } from '@/lib/i18n/use-text';

// A symbol beside the words, so the relation reads without colour.
const symbols: Record<RelationKind, string> = {
  agree: '=',
  'partly-agree': '≈',
  differ: '≠',
  'one-speaks': '◦',
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

// The codebook's four relations (docs/codebook.md); a debate coded before it may also use
// different-emphasis, which the legend then lists too.
const codebookKinds: RelationKind[] = ['agree', 'partly-agree', 'differ', 'one-speaks'];

/** Every kind of relation, as the matrix and the methodology list them. */
export function RelationLegend({ used = [] }: { used?: readonly RelationKind[] }) {
  const kinds = [...codebookKinds, ...used.filter((kind) => !codebookKinds.includes(kind))];
  return (
    <ul className="legend-relations">
      {kinds.map((kind) => (
        <li key={kind}>
          <RelationBadge kind={kind} />
        </li>
      ))}
    </ul>
  );
}
