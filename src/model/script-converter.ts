import { ConverterFactory } from 'opencc-js/core';
import fromTaiwan from 'opencc-js/from/tw';
import toMainland from 'opencc-js/to/cn';

/**
 * Traditional → Simplified with OpenCC's rules: Taiwan variants to standard Traditional,
 * then Traditional to Simplified, characters and phrases. Only the script changes, never
 * the wording (人工智慧 stays 人工智慧, not 人工智能): quotes must stay the speakers' words.
 *
 * The build uses it for the bundled debate; the browser loads it lazily, only for a debate
 * opened from disk and for search.
 */
export const toSimplified: (text: string) => string = ConverterFactory(fromTaiwan, toMainland);
