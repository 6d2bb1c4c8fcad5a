// Loaded only for a debate the build did not prerender (one opened from disk): citation-js,
// citeproc-js and the official CSL styles, ~120 kB gzip that the bundled debate never needs.
import csl from 'virtual:csl-styles';
import { citationItem, type CitationInput } from './citation-item';
import type { CiteWords } from './cite-words';
import { styledInput } from './citations';
import { registerCsl, styledParts } from './format-styles';
import type { StyledParts } from './styled-citation';
import type { StyledFormat } from './style-items';

registerCsl(csl);

export function liveParts(
  format: StyledFormat,
  input: CitationInput,
  words: CiteWords,
): StyledParts {
  const styled = styledInput(format, input);
  return styledParts(citationItem(styled), format, styled.reading, words);
}
