import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDebate } from '@/model/parse-debate';
import type { Debate } from '@/model/debate-schema';

/** A debate folder under tests/fixtures, validated exactly as the bundled one is. */
export function loadFixtureDebate(name: string): Debate {
  const folder = join(process.cwd(), 'tests/fixtures', name);
  const result = parseDebate(
    JSON.parse(readFileSync(join(folder, 'debate.json'), 'utf8')),
    readFileSync(join(folder, 'source.txt'), 'utf8'),
  );
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.debate;
}
