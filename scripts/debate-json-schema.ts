// The JSON Schemas for debate.json and for a coding (codings/<coder>.json), generated from the
// zod schemas the app validates with.
import { z } from 'zod';
import { codingSchema } from '../src/model/coding-schema.ts';
import { debateSchema } from '../src/model/debate-schema.ts';

function jsonSchema(schema: z.ZodType, file: string, title: string, description: string): string {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return (
    JSON.stringify(
      { ...generated, $id: `https://debate-explorer.invalid/${file}`, title, description },
      null,
      2,
    ) + '\n'
  );
}

export const debateJsonSchema = () =>
  jsonSchema(
    debateSchema,
    'debate.schema.json',
    'Debate explorer: debate.json',
    'A debate curated from one source text. Quote offsets count UTF-16 code units of source.txt. See docs/debate-format.md.',
  );

export const codingJsonSchema = () =>
  jsonSchema(
    codingSchema,
    'coding.schema.json',
    'Debate explorer: codings/<coder>.json',
    "One reader's independent coding of a debate, by the codebook (docs/codebook.md). See docs/debate-format.md#codings.",
  );
