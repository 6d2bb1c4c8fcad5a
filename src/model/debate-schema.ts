import { z } from 'zod';

// The one schema for a debate folder's debate.json. The TypeScript types below are
// inferred from it, so the data model is written exactly once.

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, -)');
const text = z.string().trim().min(1);

export const speakerSchema = z.object({
  id,
  name: z.object({ hant: text, hans: text }),
  /** The speaker's introduction, copied verbatim from the source. */
  introduction: text,
  roles: z
    .array(
      z.object({
        title: text,
        /** Absent where the source names no organisation. */
        organization: text.optional(),
        note: text.optional(),
      }),
    )
    .min(1),
});

export const topicSchema = z.object({
  id,
  /** The article's section heading and subheading, verbatim. */
  heading: text,
  subheading: text,
  /** A neutral one-line question in our own words. */
  question: text,
  /** Short names of the two poles: stances are placed from one (-2) to the other (+2). */
  axis: z.object({ from: text.max(8), to: text.max(8) }),
});

export const quoteKindSchema = z.enum(['direct', 'reported']);
export const attributionSchema = z.enum(['explicit', 'inferred']);

export const quoteSchema = z.object({
  id,
  /** W3C Web Annotation TextQuoteSelector. */
  quote: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: text,
    prefix: z.string(),
    suffix: z.string(),
  }),
  /** W3C Web Annotation TextPositionSelector, in UTF-16 code units of source.txt. */
  position: z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  }),
  /** direct: inside quotation marks in the source; reported: the author's paraphrase. */
  kind: quoteKindSchema,
  /** explicit: the paragraph names the speaker; inferred: it continues their answer. */
  attribution: attributionSchema,
  /** An editor's note, e.g. on a typo kept verbatim. */
  note: text.optional(),
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
  summary: text,
  position: positionSchema,
  quotes: z.array(quoteSchema).max(5),
});

export const relationKindSchema = z.enum(['agree', 'partly-agree', 'differ', 'different-emphasis']);

export const relationSchema = z.object({
  topicId: id,
  speakerIds: z.tuple([id, id]),
  kind: relationKindSchema,
  why: text,
});

export const debateSchema = z.object({
  id,
  language: z.literal('zh-Hant'),
  title: text,
  outlet: text,
  column: text,
  programme: text,
  interviewer: text,
  author: text,
  /** As precise as the source allows: the article states no date. */
  published: z.object({ period: text, note: text }),
  speakers: z.array(speakerSchema).min(1),
  topics: z.array(topicSchema).min(1),
  stances: z.array(stanceSchema),
  relations: z.array(relationSchema),
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
