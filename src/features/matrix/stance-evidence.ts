import type { Quote } from '@/model/debate-schema';

/** How much a stance rests on: its quotes, how many are direct speech, how many inferred. */
export interface StanceEvidence {
  quotes: number;
  /** Inside quotation marks in the source; the rest are the author's paraphrase. */
  direct: number;
  /** The paragraph does not name the speaker; the attribution is the editor's inference. */
  inferred: number;
}

export const NO_EVIDENCE: StanceEvidence = { quotes: 0, direct: 0, inferred: 0 };

export function countEvidence(
  quotes: readonly Pick<Quote, 'kind' | 'attribution'>[],
): StanceEvidence {
  let direct = 0;
  let inferred = 0;
  for (const quote of quotes) {
    if (quote.kind === 'direct') direct++;
    if (quote.attribution === 'inferred') inferred++;
  }
  return { quotes: quotes.length, direct, inferred };
}

/** One pip per quote, direct ones first, each saying whether its attribution is inferred. */
export function evidencePips(
  quotes: readonly Pick<Quote, 'kind' | 'attribution'>[],
): { direct: boolean; inferred: boolean }[] {
  const pips = quotes.map((q) => ({
    direct: q.kind === 'direct',
    inferred: q.attribution === 'inferred',
  }));
  // A stable sort: within each kind, the data's order stays.
  return pips.sort((a, b) => Number(b.direct) - Number(a.direct));
}
