import { z } from 'zod';

// Zod's fast path compiles validators with `new Function`; the app's strict CSP (no eval,
// Trusted Types) refuses that. It must be off before the first schema is built.
z.config({ jitless: true });

// The one schema for a debate folder's debate.json. The TypeScript types below are
// inferred from it, so the data model is written exactly once.

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, -)');
// Debate text is plain text: it is only ever rendered as text, and anything that could
// disguise it (bidi controls) or that looks like markup is refused with a clear message.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Tab and line feed are allowed (prefix and suffix span lines); no other C0 control is, and
// no C1 control (U+0080–U+009F).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Characters that show as nothing, so text can hide in them or look empty: zero-width space,
// word joiner and invisible operators, the byte order mark, the Hangul fillers (U+3164 looks
// like a space but is a letter) and the tag characters. The zero-width (non-)joiners stay:
// emoji and some scripts need them.
const INVISIBLE = /[\u115F\u1160\u200B\u2060-\u2064\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/u;
// In a `u` regular expression a surrogate matches only when it is unpaired.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const MARKUP_START = /<\/?[a-z!?]/i;
/**
 * Whether `s` holds something like a tag: `<`, a letter (or `/`, `!`, `?`), and later a `>`.
 * The earliest start has the most text after it, so checking it alone is enough: linear,
 * where a regular expression scanning to `>` from every `<` was quadratic in a long run of
 * `<a` without one.
 */
function looksLikeMarkup(s: string): boolean {
  const start = MARKUP_START.exec(s);
  return start !== null && s.indexOf('>', start.index + start[0].length) !== -1;
}
const plain = z
  .string()
  .refine((s) => !BIDI_CONTROLS.test(s), {
    message: 'contains a bidirectional control character, which can disguise the text',
  })
  .refine((s) => !CONTROL_CHARACTERS.test(s), { message: 'contains a control character' })
  .refine((s) => !INVISIBLE.test(s), {
    message: 'contains an invisible character (such as a zero-width space or a tag character)',
  })
  .refine((s) => !LONE_SURROGATE.test(s), {
    message: 'contains a broken character (an unpaired UTF-16 surrogate)',
  })
  .refine((s) => !looksLikeMarkup(s), {
    message: 'contains HTML markup; debate text is plain text',
  });
const text = plain.trim().min(1);

// English is curated in the data, a field per entity (`en`), never machine-translated at
// run time. It is optional per debate, but all-or-nothing: see checkEnglishCoverage.
const roleSchema = z.object({
  title: text,
  organization: text.optional().describe('Absent where the source names no organisation.'),
  note: text.optional(),
});

export const speakerSchema = z.object({
  id,
  name: z.object({ hant: text, hans: text }),
  introduction: text.describe("The speaker's introduction, copied verbatim from the source."),
  roles: z.array(roleSchema).min(1),
  en: z
    .object({ name: text, introduction: text, roles: z.array(roleSchema) })
    .optional()
    .describe('English: the name in pinyin, the introduction and roles translated.'),
});

export const topicSchema = z.object({
  id,
  heading: text.describe("The article's section heading, verbatim."),
  subheading: text.describe("The article's section subheading, verbatim."),
  question: text.describe('A neutral one-line question in our own words.'),
  axis: z
    .object({ from: text.max(8), to: text.max(8) })
    .describe('Short names of the two poles: positions run from `from` (-2) to `to` (+2).'),
  en: z
    .object({
      heading: text,
      subheading: text,
      question: text,
      axis: z.object({ from: text.max(18), to: text.max(18) }),
    })
    .optional(),
});

export const quoteKindSchema = z
  .enum(['direct', 'reported'])
  .describe("direct: inside quotation marks in the source; reported: the author's paraphrase.");
export const attributionSchema = z
  .enum(['explicit', 'inferred'])
  .describe(
    "explicit: the paragraph names the speaker; inferred: it continues the speaker's answer without naming anyone.",
  );

export const quoteSchema = z.object({
  id,
  quote: z
    .object({
      type: z.literal('TextQuoteSelector'),
      exact: text,
      prefix: z.string(),
      suffix: z.string(),
    })
    .describe(
      'W3C Web Annotation TextQuoteSelector: the exact text with up to 32 code units of context either side.',
    ),
  position: z
    .object({
      type: z.literal('TextPositionSelector'),
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
    })
    .describe('W3C Web Annotation TextPositionSelector, in UTF-16 code units of source.txt.'),
  kind: quoteKindSchema,
  attribution: attributionSchema,
  note: text.optional().describe("An editor's note, e.g. on a typo kept verbatim."),
  en: z
    .object({
      gloss: text.describe('An English translation of the quote, shown under it, never instead.'),
      note: text.optional(),
    })
    .optional(),
});

export const positionValues = [-2, -1, 0, 1, 2] as const;

export const positionSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('placed'),
    value: z.union(positionValues.map((v) => z.literal(v))),
    rationale: text,
  }),
  z.object({ state: z.literal('not-addressed'), note: text }),
  z.object({ state: z.literal('unclear'), note: text }),
]);

export const stanceSchema = z.object({
  topicId: id,
  speakerId: id,
  label: text.max(12, 'a stance label is at most 12 characters'),
  summary: text.describe('One to three sentences in our own words.'),
  position: positionSchema,
  quotes: z
    .array(quoteSchema)
    .max(5)
    .describe('1–5 verbatim quotes; none for a not-addressed stance.'),
  en: z
    .object({
      label: text.max(32),
      summary: text,
      positionNote: text.describe("The position's rationale or note in English."),
    })
    .optional(),
});

export const relationKindSchema = z.enum(['agree', 'partly-agree', 'differ', 'different-emphasis']);

export const relationSchema = z.object({
  topicId: id,
  speakerIds: z.tuple([id, id]),
  kind: relationKindSchema,
  why: text,
  en: z.object({ why: text }).optional(),
});

export const pointAnswerKindSchema = z
  .enum(['asserts', 'qualifies', 'rejects', 'not-addressed'])
  .describe(
    'asserts: the speaker says it; qualifies: says it with a limit or condition; rejects: says the opposite; not-addressed: says nothing on it.',
  );

export const pointAnswerSchema = z.object({
  speakerId: id,
  answer: pointAnswerKindSchema,
  note: text
    .optional()
    .describe(
      'How the speaker answers the point, in our own words (one sentence). Say when it rests on an inferred attribution.',
    ),
  quoteIds: z
    .array(id)
    .max(5)
    .describe(
      "Ids of this speaker's quotes, in any of their stances, that show the answer; none when not addressed.",
    ),
  quotes: z
    .array(quoteSchema)
    .max(5)
    .optional()
    .describe("New quotes, anchored as a stance's are, for words no stance quotes."),
  en: z.object({ note: text }).optional(),
});

export const pointRelationSchema = z
  .enum(['agree', 'partly-agree', 'differ', 'one-speaks'])
  .describe(
    'How the speakers who address the point stand to each other; one-speaks: only one does.',
  );

export const pointSchema = z.object({
  id,
  statement: text
    .max(60, 'a point statement is at most 60 characters')
    .describe("The claim, short, in the article's script and our own words."),
  topicIds: z.array(id).min(1).describe('The topic or topics (sections) the point belongs to.'),
  answers: z
    .array(pointAnswerSchema)
    .min(1)
    .describe('One answer per speaker of the debate, in any order.'),
  relation: pointRelationSchema,
  why: text.describe(
    'Why the relation is what it is: where they meet, and where exactly they part.',
  ),
  en: z.object({ statement: text.max(140), why: text }).optional(),
});

export const debateSchema = z.object({
  $schema: plain.optional().describe('Where editors find this JSON Schema.'),
  id,
  language: z.literal('zh-Hant'),
  title: text,
  outlet: text,
  column: text,
  programme: text,
  interviewer: text,
  author: text,
  published: z
    .object({ period: text, note: text })
    .describe('As precise as the source allows; never an invented date.'),
  speakers: z.array(speakerSchema).min(1),
  topics: z.array(topicSchema).min(1),
  stances: z.array(stanceSchema),
  relations: z.array(relationSchema),
  points: z
    .array(pointSchema)
    .optional()
    .describe('The specific claims under the stances, and how each speaker answers them.'),
  limitations: z
    .array(text)
    .optional()
    .describe('What the source leaves out or leaves unclear, for the methodology page.'),
  changelog: z
    .array(z.object({ date: z.iso.date(), summary: text }))
    .optional()
    .describe('A dated log of changes to the curated data, newest last.'),
  en: z
    .object({
      title: text,
      outlet: text,
      column: text,
      programme: text,
      interviewer: text,
      author: text,
      published: z.object({ period: text, note: text }),
      limitations: z.array(text).optional(),
      changelog: z.array(text).optional().describe("Each change log entry's summary, in order."),
    })
    .optional()
    .describe('English for the debate itself; when present, every entity must have its `en`.'),
});

export type Debate = z.infer<typeof debateSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type QuoteKind = z.infer<typeof quoteKindSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type Position = z.infer<typeof positionSchema>;
export type PositionValue = (typeof positionValues)[number];
export type Stance = z.infer<typeof stanceSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationKind = z.infer<typeof relationKindSchema>;
export type Point = z.infer<typeof pointSchema>;
export type PointAnswer = z.infer<typeof pointAnswerSchema>;
export type PointAnswerKind = z.infer<typeof pointAnswerKindSchema>;
export type PointRelation = z.infer<typeof pointRelationSchema>;
