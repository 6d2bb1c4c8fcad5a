import type { CheckMessages } from './check-messages-zh-hant';
import type { LangTag } from './locale';

// What the open-debate worker says about a file it refuses (English); see check-messages-zh-hant.ts.
export const checkMessagesEn: CheckMessages = {
  /** Whose names the messages use: the speakers' names in this script, or their English. */
  lang: 'en' as LangTag,
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
  tooManyKeys: (count: number, limit: number) =>
    `${count.toLocaleString('en-US')} fields; at most ${limit}`,
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
  // What is wrong with a field, which the describer names (src/lib/problem-text/).
  required: (field: string) => `the ${field} is required: fill it in`,
  choose: (field: string) => `choose the ${field}`,
  expected: (field: string, what: string) => `the ${field} should be ${what}`,
  types: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object { … }',
    array: 'a list [ … ]',
    tuple: 'a list [ … ]',
  } as Record<string, string>,
  oneOf: (field: string, values: string) => `the ${field} should be one of: ${values}`,
  tooLong: (field: string, limit: number) =>
    `the ${field} is too long: at most ${limit} characters; shorten it`,
  tooManyItems: (field: string, limit: number) => `too many ${field}: at most ${limit}`,
  tooFewItems: (field: string, limit: number) =>
    `needs at least ${limit} in ${field}: add ${limit === 1 ? 'one' : 'them'}`,
  tooSmall: (field: string, limit: number) => `the ${field} must not be below ${limit}`,
  id: (field: string) =>
    `the ${field} uses only lower-case letters, digits and hyphens (like open-source)`,
  date: (field: string) => `the ${field} should be a date as YYYY-MM-DD`,
  noVariant: (field: string) =>
    `the ${field} is incomplete: choose it and fill in each of its fields`,
  invalid: (field: string) => `the ${field} is not valid`,
  rule: (field: string, rule: string) => `the ${field} ${rule}`,
  join: (place: string, text: string) => `${place}: ${text}.`,
  inEnglish: (field: string) => `English ${field}`,
  place: {
    debate: 'The debate',
    speakerN: (n: number) => `Speaker ${n}`,
    topicN: (n: number) => `topic ${n}`,
    topic: (title: string) => `Topic ${title}`,
    stance: (speaker: string, topic: string) => `${speaker} on ${topic}`,
    stanceN: (n: number) => `Stance ${n}`,
    relation: (a: string, b: string, topic: string) => `${a} and ${b} on ${topic}`,
    point: (statement: string) => `Point “${statement}”`,
    pointN: (n: number) => `Point ${n}`,
    answer: (speaker: string) => `${speaker}’s answer`,
    quote: (words: string) => `quote “${words}”`,
    quoteN: (n: number) => `quote ${n}`,
    limitationN: (n: number) => `Limitation ${n}`,
    changeN: (n: number) => `Change log entry ${n}`,
    within: (outer: string, inner: string) => `${outer}, ${inner}`,
  },
  fields: {
    id: 'id',
    language: 'language of the source',
    title: 'title',
    outlet: 'outlet',
    column: 'column',
    programme: 'programme',
    interviewer: 'interviewer',
    author: 'author',
    'published.period': 'date of publication',
    'published.note': 'note on the date',
    speakers: 'speakers',
    topics: 'topics',
    stances: 'stances',
    relations: 'relations',
    points: 'points',
    'name.hant': 'name in Traditional characters',
    'name.hans': 'name in Simplified characters',
    name: 'name',
    introduction: 'introduction',
    roles: 'roles',
    'roles.title': 'role',
    'roles.organization': 'organisation',
    heading: 'heading',
    subheading: 'subheading',
    question: 'question',
    axis: 'axis',
    'axis.from': 'left pole',
    'axis.to': 'right pole',
    topicId: 'topic',
    speakerId: 'speaker',
    speakerIds: 'two speakers',
    label: 'label',
    summary: 'summary',
    position: 'position',
    'position.state': 'kind of position',
    'position.value': 'place on the axis',
    'position.rationale': 'rationale',
    'position.note': 'note on the position',
    positionNote: 'rationale or note',
    quotes: 'quotes',
    'quote.exact': 'quoted words',
    'quote.prefix': 'text before the quote',
    'quote.suffix': 'text after the quote',
    kind: 'kind',
    attribution: 'attribution',
    note: 'editor’s note',
    gloss: 'translation',
    why: 'reason',
    statement: 'statement',
    topicIds: 'topics',
    answers: 'answers',
    answer: 'answer',
    quoteIds: 'quotes that show the answer',
    relation: 'relation between the speakers',
    limitations: 'limitations',
    changelog: 'change log',
    date: 'date',
  },
  relations: {
    agree: 'agree',
    'partly-agree': 'partly agree',
    differ: 'differ',
    'different-emphasis': 'different emphasis',
    'one-speaks': 'only one speaks',
  },
  problems: {
    duplicateId: (id: string, first: string) =>
      `the id “${id}” is already used by ${first}: give this one another id`,
    unknown: {
      topic: (id: string) => `no topic has the id “${id}”: choose one of the debate’s topics`,
      speaker: (id: string) => `no speaker has the id “${id}”: choose one of the debate’s speakers`,
      quote: (id: string) => `no quote has the id “${id}”: untick it`,
    },
    duplicateStance: 'this speaker already has a stance on this topic: merge the two or remove one',
    duplicateRelation: 'these two speakers already have a relation on this topic: remove one',
    missingStance:
      'no stance yet: select their words on the topic in the source and add them as a quote; if they do not address it, choose “Add the missing stances” and say so',
    stanceNoQuotes:
      'a stance marked “not addressed” has no quotes: remove its quotes, or place it on the axis',
    keyQuote: (quote: string) =>
      `the key quote “${quote}” is not one of this stance’s quotes: choose one of them`,
    stanceNeedsQuotes:
      'a stance needs at least one quote: select their words in the source and add them',
    sameSpeakers: 'a relation needs two different speakers: choose another',
    notFound:
      'these words are no longer in the source, and nothing close was found: select them again in the source',
    moved: (start: number, end: number) =>
      `the quote is not where it says; its words are at characters ${start}–${end}: remove it and add it again from the source`,
    notVerbatim: (before: string, quoted: string, source: string) =>
      `the quote is not word for word: after “${before}” it has “${quoted}” where the source has “${source}”; copy the source exactly`,
    context:
      'the text around the quote no longer matches the source: remove it and add it again from the source',
    spansParagraphs: 'a quote stays within one paragraph: select a shorter passage',
    notNamed: (paragraph: number, name: string) =>
      `marked “named in the paragraph”, but paragraph ${paragraph} does not name ${name}: mark it inferred and say in a note whose answer it continues`,
    notDirect:
      'marked direct speech, but it is neither inside quotation marks nor on a transcript line opened by the speaker’s name and a colon: mark it reported',
    answeredTwice: (speaker: string) => `${speaker} answers this point twice: remove one answer`,
    answerNoQuotes: 'an answer marked “not addressed” has no quotes: untick them',
    answerNeedsQuotes: 'an answer needs the quotes that show it: tick at least one',
    quoteOfOther: (quote: string, owner: string, speaker: string) =>
      `the quote “${quote}” is ${owner}’s words, not ${speaker}’s: untick it`,
    missingAnswer: (speaker: string) =>
      `no answer from ${speaker} yet: add one (“not addressed” if they say nothing on it)`,
    pointRelation: {
      'one-speaks-count': (relation: string, count: number) =>
        `the relation is “${relation}”, but ${count} speakers address the point: choose another relation`,
      'needs-two': (relation: string) =>
        `“${relation}” needs two speakers who address the point: choose another relation`,
      'agree-differs': (relation: string) =>
        `the relation is “${relation}”, but the speakers answer differently: choose another relation`,
      'differ-same': (relation: string) =>
        `the relation is “${relation}”, but every speaker gives the same answer: choose another relation`,
      'asserts-rejects': (relation: string) =>
        `the relation is “${relation}”, but one speaker asserts what another rejects: it is “differ”`,
    },
    topicAgrees: (topic: string) =>
      `the speakers differ on this point, but their relation on ${topic} is “agree”: change one of the two`,
    englishMissing:
      'the English is missing (the debate has English, so every part needs it): write it',
    englishCount: (have: number, want: number) =>
      `${have} English entries for ${want} originals: write one for each`,
    englishNote: 'the quote has an editor’s note, so its English needs one too',
  },
};
