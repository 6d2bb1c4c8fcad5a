import type { Debate } from './debate-schema.ts';

// Fields that are identifiers, enums, dates or curated per script, not Chinese prose.
const KEEP = new Set([
  '$schema',
  'id',
  'topicId',
  'speakerId',
  'speakerIds',
  'topicIds',
  'quoteIds',
  'answer',
  'relation',
  'language',
  'type',
  'kind',
  'attribution',
  'state',
  'date',
  'name',
  'en',
  'status',
  'value',
  'keyQuoteId',
  // The readers' codings are codes and the coders' own notes, never shown in Chinese.
  'codings',
]);

function convertStrings(value: unknown, convert: (text: string) => string): unknown {
  if (typeof value === 'string') return convert(value);
  if (Array.isArray(value)) return value.map((item) => convertStrings(item, convert));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        KEEP.has(key) ? item : convertStrings(item, convert),
      ]),
    );
  }
  return value;
}

/**
 * The debate with every Chinese text converted to another script: titles, summaries,
 * quotes and their context, notes. Ids, enums and the English stay as they are, and so do
 * speakers' names, which the data curates in both scripts.
 */
export function convertDebateScript(debate: Debate, convert: (text: string) => string): Debate {
  return convertStrings(debate, convert) as Debate;
}
