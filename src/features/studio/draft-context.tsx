import { createContext, use, useCallback, type Dispatch, type ReactNode } from 'react';
import type { DataProblem } from '@/model/debate-integrity';
import type { DraftState, HistoryAction } from './draft-history';
import { formatPath, setAt, type FieldPath } from './draft-path';

interface DraftInEdit {
  state: DraftState;
  dispatch: Dispatch<HistoryAction>;
  /** The checks' problems by the path of the field they are about. */
  problems: ReadonlyMap<string, readonly DataProblem[]>;
}

const DraftContext = createContext<DraftInEdit | null>(null);

export function DraftProvider({ children, ...value }: DraftInEdit & { children: ReactNode }) {
  return <DraftContext value={value}>{children}</DraftContext>;
}

export function useDraft(): DraftInEdit {
  const draft = use(DraftContext);
  if (!draft) throw new Error('The studio’s fields need a DraftProvider above them.');
  return draft;
}

/** Sets one field of the debate, as one step of the history per field typed into. */
export function useSetField(): (path: FieldPath, value: unknown) => void {
  const { dispatch } = useDraft();
  return useCallback(
    (path, value) =>
      dispatch({
        type: 'edit',
        typing: formatPath(path),
        edit: (s) => ({ ...s, debate: setAt(s.debate, path, value) }),
      }),
    [dispatch],
  );
}

/** Groups problems by path, so each field finds its own. */
export function problemsByPath(problems: readonly DataProblem[]) {
  const byPath = new Map<string, DataProblem[]>();
  for (const problem of problems) {
    const list = byPath.get(problem.path) ?? [];
    list.push(problem);
    byPath.set(problem.path, list);
  }
  return byPath;
}
