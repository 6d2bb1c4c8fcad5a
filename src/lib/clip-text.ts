// Shortens prose for a meta description, which search engines cut off past about 160
// characters: whole sentences where they fit, else a clause, else a hard cut, marked with "…".

const SENTENCE_END = /[。！？!?]/u;
// Closing quotes and brackets belong to the sentence they close.
const CLOSERS = /[」』）)"'”’]/u;
const CLAUSE_END = /[，、；：,;:]/u;

/** `text` in at most `max` characters (code points), cut at the best boundary that fits. */
export function clipText(text: string, max = 160): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
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
  // Whole sentences, or else a clause (its punctuation replaced by the ellipsis), as long as
  // they keep at least half the room; otherwise cut mid-clause.
  if (sentenceCut >= max / 2) return chars.slice(0, sentenceCut).join('').trim();
  const cut = clauseCut >= max / 2 ? clauseCut : max - 1;
  return `${chars.slice(0, cut).join('').trim()}…`;
}

/** The non-empty parts as one text, each ended with a full stop unless it has one. */
export function joinSentences(...parts: string[]): string {
  return parts
    .filter((part) => part.trim() !== '')
    .map((part) => (/[。！？!?.]$/u.test(part) ? part : `${part}。`))
    .join('');
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
