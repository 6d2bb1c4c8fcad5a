// The JSON Schema for debate.json, generated from the one zod schema the app validates with.
import { z } from 'zod';
import { debateSchema } from '../src/model/debate-schema.ts';

export function debateJsonSchema(): string {
  const schema = z.toJSONSchema(debateSchema, { target: 'draft-2020-12', io: 'input' });
  return (
    JSON.stringify(
      {
        ...schema,
        $id: 'https://debate-explorer.invalid/debate.schema.json',
        title: 'Debate explorer: debate.json',
        description:
          'A debate curated from one source text. Quote offsets count UTF-16 code units of source.txt. See docs/debate-format.md.',
      },
      null,
      2,
    ) + '\n'
  );
}
