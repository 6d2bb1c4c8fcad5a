import type { DataProblem } from '@/model/debate-integrity';
import { parseDebate } from '@/model/parse-debate';
import type { Debate } from '@/model/debate-schema';

/**
 * The draft's problems, from the same schema and integrity checks as `npm run check-data`.
 * Asynchronous so that it can move into a worker (with limits) without changing its callers;
 * the studio calls it debounced, after typing pauses, never on the keystroke itself.
 */
export async function checkDraft(debate: Debate, source: string): Promise<DataProblem[]> {
  const result = parseDebate(debate, source);
  return result.ok ? [] : result.problems;
}
