import { z } from 'zod';
import { codingSchema, positionCodeSchema } from './coding-schema.ts';
import { COUNT_LIMITS, FIELD_LIMITS } from './debate-limits.ts';
import { capped, id, plain, prose, summary, text, title } from './schema-primitives.ts';

// The one schema for a debate folder's debate.json. The TypeScript types below are
// inferred from it, so the data model is written exactly once.

const name = capped('name', 'a name');
const nested = <T extends z.ZodType>(item: T) => z.array(item).max(COUNT_LIMITS.nested);

// English is curated in the data, a field per entity (`en`), never machine-translated at
// run time. It is optional per debate, but all-or-nothing: see checkEnglishCoverage.
const roleSchema = z.object({
  title: title,
  organization: title.optional().describe('Absent where the source names no organisation.'),
  note: prose.optional(),
});

export const speakerSchema = z.object({
  id,
  name: z.object({ hant: name, hans: name }),
  introduction: prose.describe("The speaker's introduction, copied verbatim from the source."),
  roles: nested(roleSchema).min(1),
  en: z
    .object({ name, introduction: prose, roles: nested(roleSchema) })
    .optional()
    .describe('English: the name in pinyin, the introduction and roles translated.'),
});

export const topicSchema = z.object({
  id,
  heading: title.describe("The article's section heading, verbatim."),
  subheading: title.describe("The article's section subheading, verbatim."),
  question: title.describe('A neutral one-line question in our own words.'),
  axis: z
    .object({ from: text.max(8), to: text.max(8) })
    .describe('Short names of the two poles: positions run from `from` (-2) to `to` (+2).'),
  en: z
    .object({
      heading: title,
      subheading: title,
      question: title,
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
      exact: capped('quote', 'a quote'),
      prefix: z.string().max(FIELD_LIMITS.context),
      suffix: z.string().max(FIELD_LIMITS.context),
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
  note: prose.optional().describe("An editor's note, e.g. on a typo kept verbatim."),
  en: z
    .object({
      gloss: prose.describe('An English translation of the quote, shown under it, never instead.'),
      note: prose.optional(),
    })
    .optional(),
});

/**
 * How an item the readers coded differently was settled (docs/codebook.md, section 11): a
 * decision with its reason, or, where the article supports more than one reading, marked
 * contested with each reading and why. The item's own value is the one the app shows; when
 * contested it is one of the readings.
 */
const adjudication = <V extends z.ZodType>(value: V) =>
  z
    .object({
      status: z.enum(['decided', 'contested']),
      reason: prose,
      readings: z
        .array(z.object({ value, why: prose, en: z.object({ why: prose }).optional() }))
        .min(2)
        .max(5)
        .optional()
        .describe('Every reading the article supports, with why; required when contested.'),
      en: z.object({ reason: prose }).optional(),
    })
    .optional();

export const positionValues = [-2, -1, 0, 1, 2] as const;

export const positionSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('placed'),
    value: z.union(positionValues.map((v) => z.literal(v))),
    rationale: prose,
  }),
  z.object({ state: z.literal('not-addressed'), note: prose }),
  z.object({ state: z.literal('unclear'), note: prose }),
]);

export const stanceSchema = z.object({
  topicId: id,
  speakerId: id,
  label: text.max(12, 'a stance label is at most 12 characters'),
  summary: summary.describe('One to three sentences in our own words.'),
  position: positionSchema,
  quotes: z
    .array(quoteSchema)
    .max(5)
    .describe('1–5 verbatim quotes; none for a not-addressed stance.'),
  keyQuoteId: id
    .optional()
    .describe(
      "The quote the label rests on: the speaker's own claim, shown on the share card and copied first. Default: the first quote.",
    ),
  positionAdjudication: adjudication(positionCodeSchema),
  en: z
    .object({
      label: text.max(32),
      summary: summary,
      positionNote: prose.describe("The position's rationale or note in English."),
    })
    .optional(),
});

export const relationKindSchema = z
  .enum(['agree', 'partly-agree', 'differ', 'one-speaks', 'different-emphasis'])
  .describe(
    'As the codebook defines them (section 7); different-emphasis is kept for debates coded before it.',
  );

export const relationSchema = z.object({
  topicId: id,
  speakerIds: z.tuple([id, id]),
  kind: relationKindSchema,
  why: prose,
  adjudication: adjudication(relationKindSchema),
  en: z.object({ why: prose }).optional(),
});

export const pointAnswerKindSchema = z
  .enum(['asserts', 'qualifies', 'rejects', 'not-addressed'])
  .describe(
    'asserts: the speaker says it; qualifies: says it with a limit or condition; rejects: says the opposite; not-addressed: says nothing on it.',
  );

export const pointAnswerSchema = z.object({
  speakerId: id,
  answer: pointAnswerKindSchema,
  note: prose
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
  adjudication: adjudication(pointAnswerKindSchema),
  en: z.object({ note: prose }).optional(),
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
  topicIds: nested(id).min(1).describe('The topic or topics (sections) the point belongs to.'),
  answers: nested(pointAnswerSchema)
    .min(1)
    .describe('One answer per speaker of the debate, in any order.'),
  relation: pointRelationSchema,
  why: prose.describe(
    'Why the relation is what it is: where they meet, and where exactly they part.',
  ),
  adjudication: adjudication(pointRelationSchema),
  en: z.object({ statement: text.max(140), why: prose }).optional(),
});

/** The languages a source may be in: Chinese in either script, or English. */
export const sourceLanguages = ['zh-Hant', 'zh-Hans', 'en'] as const;
export const sourceLanguageSchema = z
  .enum(sourceLanguages)
  .describe(
    "The source's language: zh-Hant (Traditional Chinese), zh-Hans (Simplified Chinese) or en (English).",
  );

export const debateSchema = z.object({
  $schema: plain.max(FIELD_LIMITS.url).optional().describe('Where editors find this JSON Schema.'),
  id,
  language: sourceLanguageSchema,
  title: title,
  outlet: title,
  column: title,
  programme: title,
  interviewer: title,
  author: title,
  published: z
    .object({ period: title, note: prose })
    .describe('As precise as the source allows; never an invented date.'),
  speakers: z.array(speakerSchema).min(1).max(COUNT_LIMITS.speakers),
  topics: z.array(topicSchema).min(1).max(COUNT_LIMITS.topics),
  stances: z.array(stanceSchema).max(COUNT_LIMITS.stances),
  relations: z.array(relationSchema).max(COUNT_LIMITS.relations),
  points: z
    .array(pointSchema)
    .max(COUNT_LIMITS.points)
    .optional()
    .describe('The specific claims under the stances, and how each speaker answers them.'),
  limitations: nested(prose)
    .optional()
    .describe('What the source leaves out or leaves unclear, for the methodology page.'),
  changelog: nested(z.object({ date: z.iso.date(), summary: summary }))
    .optional()
    .describe('A dated log of changes to the curated data, newest last.'),
  codings: z
    .array(codingSchema)
    .max(COUNT_LIMITS.codings)
    .optional()
    .describe(
      "The readers' independent codings (codings/<coder>.json in the folder), for measuring agreement.",
    ),
  en: z
    .object({
      title: title,
      outlet: title,
      column: title,
      programme: title,
      interviewer: title,
      author: title,
      published: z.object({ period: title, note: prose }),
      limitations: nested(prose).optional(),
      changelog: nested(summary).optional().describe("Each change log entry's summary, in order."),
    })
    .optional()
    .describe('English for the debate itself; when present, every entity must have its `en`.'),
});

export type Debate = z.infer<typeof debateSchema>;
export type SourceLanguage = z.infer<typeof sourceLanguageSchema>;
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
/** An adjudication of an item whose values are V (see `adjudication` above). */
export interface Adjudication<V = string | number> {
  status: 'decided' | 'contested';
  reason: string;
  readings?: { value: V; why: string; en?: { why: string } | undefined }[] | undefined;
  en?: { reason: string } | undefined;
}
