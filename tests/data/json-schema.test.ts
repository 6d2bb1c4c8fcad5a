// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { codingJsonSchema, debateJsonSchema } from '../../scripts/debate-json-schema';

it('ships public/debate.schema.json as generated from the app’s schema (npm run schema)', () => {
  const shipped = readFileSync(new URL('../../public/debate.schema.json', import.meta.url), 'utf8');
  expect(shipped).toBe(debateJsonSchema());
  const schema = JSON.parse(shipped);
  expect(schema.required).toEqual(
    expect.arrayContaining(['id', 'speakers', 'topics', 'stances', 'relations']),
  );
});

it('ships public/coding.schema.json as generated from the coding schema (npm run schema)', () => {
  const shipped = readFileSync(new URL('../../public/coding.schema.json', import.meta.url), 'utf8');
  expect(shipped).toBe(codingJsonSchema());
  expect(JSON.parse(shipped).required).toEqual(
    expect.arrayContaining(['coder', 'round', 'positions', 'answers', 'pointRelations']),
  );
});
