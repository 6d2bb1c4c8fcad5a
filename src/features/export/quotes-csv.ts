import type { Debate } from '@/model/debate-schema';
import { findQuote } from '@/model/debate-queries';

// One row per quote, RFC 4180 (CRLF line ends, fields quoted where they hold a comma, quote
// or line break, quotes doubled), UTF-8 with a byte order mark so spreadsheet programs read
// the Chinese. Quotes are given verbatim in the source's script; a Simplified reader also gets
// the quote as they read it, an English reader our translation (our labels are in their
// reading already).

const CSV_COLUMNS = [
  'topic',
  'speaker',
  'position',
  'label',
  'kind',
  'attribution',
  'quote',
  'url',
] as const;
const CONVERTED_COLUMN = 'quote_as_read';
const TRANSLATION_COLUMN = 'quote_translation';

export interface CsvInput {
  /** The debate as the reader reads it. */
  debate: Debate;
  /** The debate as curated: its quotes are the verbatim originals. */
  original: Debate;
  /** Whether the reader reads English: the CSV then carries our translation of each quote. */
  english: boolean;
  speakerName: (speakerId: string) => string;
  /** The absolute URL of a quote: `/topics/<topic>/<speaker>#<quoteId>` under the site. */
  quoteUrl: (topicId: string, speakerId: string, quoteId: string) => string;
}

/** A number as a spreadsheet reads one: a cell like this is data, not a formula. */
const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: a cell that a spreadsheet would run as a formula (=HYPERLINK(…), +, -, @, or a
 * tab or carriage return first) is prefixed with an apostrophe, as OWASP advises, so it is
 * shown as text; a real number such as a position of -2 stays a number.
 */
export function csvField(value: string): string {
  const cell = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function quotesCsv({ debate, original, english, speakerName, quoteUrl }: CsvInput): string {
  // A Simplified reader's debate is another object, converted; English keeps the original script.
  const converted = !english && debate !== original;
  const extra = converted ? [CONVERTED_COLUMN] : english ? [TRANSLATION_COLUMN] : [];
  const rows: string[][] = [[...CSV_COLUMNS, ...extra]];
  for (const topic of debate.topics)
    for (const stance of debate.stances.filter((s) => s.topicId === topic.id)) {
      const position =
        stance.position.state === 'placed' ? String(stance.position.value) : stance.position.state;
      for (const quote of stance.quotes) {
        const verbatim = findQuote(original, quote.id)?.quote.exact ?? quote.quote.exact;
        rows.push([
          topic.heading,
          speakerName(stance.speakerId),
          position,
          stance.label,
          quote.kind,
          quote.attribution,
          verbatim,
          quoteUrl(topic.id, stance.speakerId, quote.id),
          ...(converted ? [quote.quote.exact] : english ? [quote.en?.gloss ?? ''] : []),
        ]);
      }
    }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
