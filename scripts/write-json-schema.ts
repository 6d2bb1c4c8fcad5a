// Writes public/debate.schema.json and public/coding.schema.json (npm run schema); a data test
// fails when either is stale.
import { writeFileSync } from 'node:fs';
import { codingJsonSchema, debateJsonSchema } from './debate-json-schema.ts';

for (const [file, schema] of [
  ['debate.schema.json', debateJsonSchema()],
  ['coding.schema.json', codingJsonSchema()],
] as const) {
  writeFileSync(new URL(`../public/${file}`, import.meta.url), schema);
  console.log(`wrote public/${file}`);
}
