import type { CheckMessages } from './check-messages-zh-hant';

// What the open-debate worker says about a file it refuses (English); see check-messages-zh-hant.ts.
export const checkMessagesEn: CheckMessages = {
  tooManyFiles: (limit: number) => `Open at most ${limit} files at once.`,
  zipReasons: {
    'no-directory': 'no zip directory found',
    sizes: 'an entry’s size fields are damaged',
    bounds: 'an entry lies outside the file',
    method: 'an unsupported compression method',
    inflate: 'decompression failed',
  },
  zipTooManyEntries: (file: string, limit: number) =>
    `${file}: more than ${limit} entries in the zip; not unpacked.`,
  zipTooLarge: (file: string, entry: string, mb: number) =>
    `${file}: ${entry} is too large once unpacked (over ${mb} MB); unpacking stopped.`,
  zipTooLargeInAll: (file: string, mb: number) =>
    `${file}: the unpacked files add up to over ${mb} MB; unpacking stopped.`,
  zipOverlap: (file: string) => `${file}: the zip has overlapping entries; not unpacked.`,
  sourceTooLong: (length: number, limit: number) =>
    `source.txt: ${length} characters; at most ${limit}.`,
  sourceCharacter: (line: number, rule: string) => `source.txt, line ${line}: ${rule}.`,
  tooDeep: (limit: number) => `nested more than ${limit} levels deep`,
  tooMany: (count: number, limit: number) => `${count} entries; at most ${limit}`,
  tooManyQuotes: (count: number, limit: number) => `${count} quotes in all; at most ${limit}`,
  overLimits: (quote: string) =>
    `quote "${quote}": could not place this quote within the limits (its text occurs too often, or finding it would mean searching too much of the source)`,
  stoppedAt: (limit: number) => `…checking stopped after the first ${limit} problems`,
  rules: {
    bidi: 'contains a bidirectional control character, which can disguise the text',
    control: 'contains a control character',
    invisible: 'contains an invisible character (zero-width, filler or tag character)',
    noncharacter: 'contains a noncharacter (such as U+FFFE or U+FFFF), which no text may hold',
    surrogate: 'contains a lone surrogate, which is not a character',
    markup: 'contains HTML markup; debate text is plain text',
  },
  expected: (what: string) => `expected ${what}`,
  types: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object { … }',
    array: 'a list [ … ]',
    tuple: 'a list [ … ]',
  } as Record<string, string>,
  oneOf: (values: string) => `expected one of: ${values}`,
  tooLong: (limit: number) => `too long: at most ${limit} characters`,
  empty: 'must not be empty',
  tooManyItems: (limit: number) => `too many: at most ${limit} entries`,
  tooFewItems: (limit: number) => `needs at least ${limit} entries`,
  tooSmall: (limit: number) => `must not be below ${limit}`,
  id: 'an id uses only lower-case letters, digits and hyphens (like open-source)',
  date: 'expected a date as YYYY-MM-DD',
  noVariant: 'matches none of the allowed forms',
  invalid: 'not valid',
};
