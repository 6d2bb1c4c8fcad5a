import type { CitedQuote } from './citation-item.ts';
import type { StyledFormat } from './style-items.ts';

// A styled citation is a reference and, for a quote, the quote with the style's in-text
// citation before it. Both parts are made by CSL (live, or at build time for the bundled
// debate); putting them together needs no CSL, so the quote itself is never in a template.

/** A style's reference entry and its in-text citation of the same item. */
export interface StyledParts {
  reference: string;
  inText: string;
}

/** How a quote is introduced before a style's in-text citation, in the reading. */
export interface QuoteWords {
  /** "蔡恆進（崔玉賢轉述）：「……」". */
  quoteLine: (quote: CitedQuote, author: string) => string;
  /** The style's words for a source quoted in another: APA "as cited in", MLA "qtd. in". */
  citedIn: Record<Exclude<StyledFormat, 'gbt7714'>, string>;
  /** Between the quote and its in-text citation: a space in English, none in Chinese. */
  inTextJoin: string;
}

export function composeStyled(
  format: StyledFormat,
  { reference, inText }: StyledParts,
  quote: { line: string; join: string } | undefined,
): string {
  if (!quote) return reference;
  // GB/T's numeric in-text "[1]" points at the entry numbered [1].
  const entry = format === 'gbt7714' ? `[1] ${reference}` : reference;
  return `${quote.line}${quote.join}${inText}\n${entry}`;
}
