import { useEffect, useState } from 'react';
import type { Debate } from '@/model/debate-schema';
import { checkDraft } from './check-draft';
import { describeProblems, type DescribedProblem } from './described-problems';
import type { DraftState } from './draft-history';
import { useCheckText } from './use-check-text';
import { useStudioText } from './use-studio-text';

/** How long typing must pause before the draft is checked: the keystroke itself stays light. */
const PAUSE_MS = 250;

/**
 * The draft's problems, checked after each pause in editing and said in the editor's
 * language, and the last version of the debate that had none (which the preview draws).
 */
export function useDraftChecks(state: DraftState) {
  const failure = useStudioText().checksStopped;
  const say = useCheckText();
  const [checked, setChecked] = useState<{ of: DraftState; problems: DescribedProblem[] } | null>(
    null,
  );
  const [lastGood, setLastGood] = useState<{ debate: Debate; source: string } | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void checkDraft(state.debate, state.source, failure).then((problems) => {
        if (!current) return;
        setChecked({ of: state, problems: describeProblems(problems, state.debate, say) });
        if (problems.length === 0) setLastGood(state);
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [state, failure, say]);
  return {
    problems: checked?.problems ?? [],
    checking: checked?.of !== state,
    lastGood,
  };
}
