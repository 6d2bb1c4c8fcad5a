import type { Quote } from '@/model/debate-schema';
import { DEBATE_ANCHOR_BUDGET } from '@/model/quote-integrity';
import { locateQuote } from '@/model/quote-locator';
import { anchorAt } from '@/model/text-anchor';
import type { DraftState } from './draft-history';

export interface LostQuote {
  id: string;
  exact: string;
  /** Where the quote sits in the draft, for the editor to open it. */
  path: string;
}

/**
 * Replaces the draft's source with a corrected version and re-anchors every quote in it,
 * as the loader finds them: by position, then by the exact text, then fuzzily. A quote found
 * takes its anchors (and its exact text, when found fuzzily) from the new source; a quote
 * not found is kept as it was and listed, for the editor to fix.
 */
export function replaceSource(
  state: DraftState,
  source: string,
): { state: DraftState; lost: LostQuote[] } {
  const lost: LostQuote[] = [];
  // One budget for the whole draft, as the loader's checks have: a source of one repeated
  // character cannot make every quote search it to the limit.
  const budget = { left: DEBATE_ANCHOR_BUDGET };
  const reanchor = (quote: Quote, path: string): Quote => {
    const found = locateQuote(source, quote, budget);
    if (!found) {
      lost.push({ id: quote.id, exact: quote.quote.exact, path });
      return quote;
    }
    return { ...quote, ...anchorAt(source, found.start, found.end) };
  };
  const stances = state.debate.stances.map((stance, si) => ({
    ...stance,
    quotes: stance.quotes.map((q, qi) => reanchor(q, `stances[${si}].quotes[${qi}]`)),
  }));
  const points = state.debate.points?.map((point, pi) => ({
    ...point,
    answers: point.answers.map((answer, ai) =>
      answer.quotes
        ? {
            ...answer,
            quotes: answer.quotes.map((q, qi) =>
              reanchor(q, `points[${pi}].answers[${ai}].quotes[${qi}]`),
            ),
          }
        : answer,
    ),
  }));
  const debate = { ...state.debate, stances, ...(points && { points }) };
  return { state: { debate, source }, lost };
}
