import type { Debate } from '@/model/debate-schema';
import { findQuote } from '@/model/debate-queries';

// One row per quote, RFC 4180 (CRLF line ends, fields quoted where they hold a comma, quote
// or line break, quotes doubled), UTF-8 with a byte order mark so spreadsheet programs read
// the Chinese. Quotes are given verbatim in the source's script; a reader of another script
// also gets a column with the quote as they read it (our labels are in their script already).

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

export interface CsvInput {
  /** The debate as the reader reads it. */
  debate: Debate;
  /** The debate as curated: its quotes are the verbatim originals. */
  original: Debate;
  speakerName: (speakerId: string) => string;
  /** The absolute URL of a quote: `/topics/<topic>/<speaker>#<quoteId>` under the site. */
  quoteUrl: (topicId: string, speakerId: string, quoteId: string) => string;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function quotesCsv({ debate, original, speakerName, quoteUrl }: CsvInput): string {
  const converted = debate !== original;
  const header = [...CSV_COLUMNS, ...(converted ? [CONVERTED_COLUMN] : [])];
  const rows = [header];
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
          ...(converted ? [quote.quote.exact] : []),
        ]);
      }
    }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
