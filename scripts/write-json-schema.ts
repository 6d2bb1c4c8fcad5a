// Writes public/debate.schema.json (npm run schema); a data test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { debateJsonSchema } from './debate-json-schema.ts';

writeFileSync(new URL('../public/debate.schema.json', import.meta.url), debateJsonSchema());
console.log('wrote public/debate.schema.json');
