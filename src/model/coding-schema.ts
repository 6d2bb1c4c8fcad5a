import { z } from 'zod';
import { FIELD_LIMITS } from './debate-limits.ts';
import { id, plain, prose } from './schema-primitives.ts';

// One reader's coding of a debate, made alone from the article and the codebook
// (docs/codebook.md): kept in the debate folder as codings/<coder>.json and compared with the
// other readers' codings by Krippendorff's α (src/model/coding-agreement.ts). Optional: a
// debate without codings is complete.

/** A place on a topic's axis (−2…2), or one of the two states that have none. */
export const positionCodeSchema = z.union([
  z.literal(-2),
  z.literal(-1),
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal('unclear'),
  z.literal('not-addressed'),
]);

export const answerCodeSchema = z.enum(['asserts', 'qualifies', 'rejects', 'not-addressed']);
/** The four relations of the codebook, for a point and for a topic alike. */
export const relationCodeSchema = z.enum(['agree', 'partly-agree', 'differ', 'one-speaks']);
export const voiceCodeSchema = z.enum(['direct', 'reported', 'mixed', 'framing']);
export const attributionCodeSchema = z.enum(['explicit', 'inferred', 'unknown']);

// A reason is the coder's own, usually one sentence; it is kept for the adjudication.
const reason = prose.optional();
/** Lines of the source (1-based) a code rests on. */
const evidence = z.array(z.number().int().positive()).max(60).optional();

export const codingSchema = z.object({
  $schema: plain.max(FIELD_LIMITS.url).optional().describe('Where editors find this JSON Schema.'),
  coder: id.describe('Who coded: a stable id, the file name without .json.'),
  round: z
    .number()
    .int()
    .min(1)
    .max(99)
    .describe('The coding round: a round recodes blind after the codebook changed.'),
  date: z.iso.date(),
  codebook: z
    .number()
    .int()
    .positive()
    .describe("The codebook's version the coder followed (docs/codebook.md's change table)."),
  note: prose.optional(),
  lines: z
    .array(
      z.object({
        line: z.number().int().positive(),
        speaker: id.nullable(),
        voice: voiceCodeSchema,
        attribution: attributionCodeSchema.nullable(),
      }),
    )
    .max(20_000)
    .optional()
    .describe('Whose words each line of the source is (codebook section 1).'),
  positions: z
    .array(z.object({ topicId: id, speakerId: id, value: positionCodeSchema, evidence, reason }))
    .max(50_000),
  topicRelations: z
    .array(z.object({ topicId: id, relation: relationCodeSchema, reason }))
    .max(50_000),
  answers: z
    .array(
      z.object({
        pointId: id,
        speakerId: id,
        answer: answerCodeSchema,
        inferred: z.boolean().optional(),
        evidence,
        reason,
      }),
    )
    .max(50_000),
  pointRelations: z
    .array(z.object({ pointId: id, relation: relationCodeSchema, reason }))
    .max(5000),
});

export type Coding = z.infer<typeof codingSchema>;
export type PositionCode = z.infer<typeof positionCodeSchema>;
export type RelationCode = z.infer<typeof relationCodeSchema>;
