import type { RelationKind } from '@/model/debate-schema';

// The order of the matrix's rows: the article's, or by how far apart the speakers stand.
// Pure, so the definition is tested apart from the grid.

export const matrixOrders = ['article', 'disagreement'] as const;
export type MatrixOrder = (typeof matrixOrders)[number];

/** The URL's `?order=`; anything but a known order (absent, misspelt) means the article's. */
export function parseMatrixOrder(value: string | null | undefined): MatrixOrder {
  return matrixOrders.find((order) => order === value) ?? 'article';
}

/** What a row's disagreement is measured by. */
export interface RowDisagreement {
  gap: number | undefined;
  relation: RelationKind | undefined;
}

// The relation says how the two stand on the topic (docs/codebook.md, section 7), so it comes
// first: a stated difference, then partial agreement, then a topic only one of them speaks
// to (or, in debates coded before the codebook, different emphases), then agreement; rows
// without a relation last. The codebook ties the relation to the gap on the axis, so the
// order by relation never puts a wider gap under a milder relation's narrower one.
const relationRank: Record<RelationKind, number> = {
  differ: 4,
  'partly-agree': 3,
  'one-speaks': 2,
  'different-emphasis': 2,
  agree: 1,
};

/**
 * The rows' indices by disagreement: by relation (see relationRank), then the largest gap
 * first, rows without a gap (fewer than two placed speakers) after those with one; what is
 * still tied keeps the article's order.
 */
export function disagreementOrder(rows: readonly RowDisagreement[]): number[] {
  const gap = (row: RowDisagreement) => row.gap ?? -1;
  const rank = (row: RowDisagreement) => (row.relation ? relationRank[row.relation] : 0);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(b.row) - rank(a.row) || gap(b.row) - gap(a.row) || a.index - b.index)
    .map(({ index }) => index);
}
