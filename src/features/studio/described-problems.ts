import type { CheckMessages } from '@/lib/i18n/check-messages-zh-hant';
import { describeProblemParts } from '@/lib/problem-text/describe-problem';
import { DebateNames } from '@/lib/problem-text/problem-place';
import type { DataProblem } from '@/model/debate-integrity';
import type { Debate } from '@/model/debate-schema';

/** A problem as the editor reads it: where, by names, and what is wrong there. */
export interface DescribedProblem {
  /** The field's path, for the link to it; never shown. */
  path: string;
  /** The speaker, topic, stance, quote or point, by its names ('' for the whole draft). */
  place: string;
  text: string;
}

/** The checks' problems of `debate`, said in the editor's language. */
export function describeProblems(
  problems: readonly DataProblem[],
  debate: Debate,
  say: CheckMessages,
): DescribedProblem[] {
  const names = new DebateNames(debate, say);
  return problems.map((problem) =>
    // The checker's own notice (it stopped, or crashed) is already a sentence for the editor.
    problem.path === '' && !problem.detail
      ? { path: '', place: '', text: problem.message }
      : { path: problem.path, ...describeProblemParts(problem, names, say) },
  );
}

/** Groups problems by path, so each field finds its own. */
export function problemsByPath(problems: readonly DescribedProblem[]) {
  const byPath = new Map<string, DescribedProblem[]>();
  for (const problem of problems) {
    const list = byPath.get(problem.path) ?? [];
    list.push(problem);
    byPath.set(problem.path, list);
  }
  return byPath;
}
