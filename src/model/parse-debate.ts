import { debateSchema, type Debate } from './debate-schema.ts';
import { checkDebateIntegrity, type DataProblem } from './debate-integrity.ts';

export type ParseResult = { ok: true; debate: Debate } | { ok: false; problems: DataProblem[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Validates untrusted debate JSON against the schema, then its references and anchors. */
export function parseDebate(json: unknown, source: string): ParseResult {
  const parsed = debateSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path) || '(root)',
        message: issue.message,
      })),
    };
  }
  const problems = checkDebateIntegrity(parsed.data, source);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, debate: parsed.data };
}
