// Shortens prose for a meta description, which search engines cut off past about 160
// characters: whole sentences where they fit, else a clause, else a hard cut, marked with "…".

const SENTENCE_END = /[。！？!?]/u;
// Closing quotes and brackets belong to the sentence they close.
const CLOSERS = /[」』）)"'”’]/u;
const CLAUSE_END = /[，、；：,;:]/u;

/** Where `chars` can be cut within `max`: after its last whole sentence, at its last clause. */
function cutPoints(chars: readonly string[], max: number) {
  let sentenceCut = 0;
  let clauseCut = 0;
  for (const [i, c] of chars.slice(0, max).entries()) {
    // A full stop ends a sentence only before a space: "GPT4.5" and "3.14" go on.
    const fullStop = c === '.' && /\s/u.test(chars[i + 1] ?? '');
    if (SENTENCE_END.test(c) || fullStop) {
      let end = i + 1;
      while (CLOSERS.test(chars[end] ?? '')) end++;
      if (end <= max) sentenceCut = end;
    } else if (CLAUSE_END.test(c)) {
      clauseCut = i;
    }
  }
  return { sentenceCut, clauseCut };
}

/** `text` in at most `max` characters (code points), cut at the best boundary that fits. */
export function clipText(text: string, max = 160): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  const { sentenceCut, clauseCut } = cutPoints(chars, max);
  // Whole sentences, or else a clause (its punctuation replaced by the ellipsis), as long as
  // they keep at least half the room; otherwise cut mid-clause.
  if (sentenceCut >= max / 2) return chars.slice(0, sentenceCut).join('').trim();
  const cut = clauseCut >= max / 2 ? clauseCut : max - 1;
  return `${chars.slice(0, cut).join('').trim()}…`;
}

/** How a language ends a sentence and starts the next: 。 and nothing in Chinese, ". " in English. */
export interface SentenceStyle {
  stop: string;
  space: string;
}

const CHINESE_SENTENCES: SentenceStyle = { stop: '。', space: '' };

/** The non-empty parts as one text, each ended with a full stop unless it has one. */
export function joinSentences(
  parts: readonly string[],
  { stop, space }: SentenceStyle = CHINESE_SENTENCES,
): string {
  return parts
    .filter((part) => part.trim() !== '')
    .map((part) => (/[。！？!?.]$/u.test(part) ? part : `${part}${stop}`))
    .join(space);
}

// Bidirectional controls and other invisible control characters, which could reorder or hide
// the text around an echoed address.
const INVISIBLE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text from the address (a path, a #fragment) that a page repeats to the reader: without
 * invisible controls, and at most `max` characters (code points), marked "…" when cut.
 */
export function clipEchoed(text: string, max = 120): string {
  const chars = Array.from(text.replace(INVISIBLE_CONTROLS, ''));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** The start of a quote, verbatim, and whether it stops short of the whole quote. */
export interface QuoteExcerpt {
  text: string;
  clipped: boolean;
}

// Latin letters and digits run together into words and numbers ("DeepSeek", "2025"), which a
// cut must not split.
const WORD_CHARACTER = /[A-Za-z0-9]/u;

/**
 * The opening of `quote` in at most `max` characters, never altered: whole sentences where
 * they fill at least half the room, else up to a clause's punctuation (which is left out),
 * else a cut between two characters that splits no Latin word or number. The caller marks a
 * clipped excerpt with an ellipsis outside the quoted words.
 */
export function quoteExcerpt(quote: string, max: number): QuoteExcerpt {
  const chars = Array.from(quote.trim());
  if (chars.length <= max) return { text: chars.join(''), clipped: false };
  const { sentenceCut, clauseCut } = cutPoints(chars, max);
  let cut = max;
  if (sentenceCut >= max / 2) cut = sentenceCut;
  else if (clauseCut >= max / 2) cut = clauseCut;
  else {
    while (
      cut > max / 2 &&
      WORD_CHARACTER.test(chars[cut - 1] ?? '') &&
      WORD_CHARACTER.test(chars[cut] ?? '')
    )
      cut--;
  }
  return { text: chars.slice(0, cut).join('').trimEnd(), clipped: true };
}

/** An excerpt between corner brackets; a cut is marked outside them, the words left as they are. */
export const quotedExcerpt = ({ text, clipped }: QuoteExcerpt) =>
  `「${text}」${clipped ? '……' : ''}`;
