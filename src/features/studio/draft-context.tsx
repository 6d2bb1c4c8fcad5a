import { createContext, use, useCallback, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { DescribedProblem } from './described-problems';
import {
  historyReducer,
  startHistory,
  type DraftHistory,
  type DraftState,
  type HistoryAction,
} from './draft-history';
import { formatPath, setAt, type FieldPath } from './draft-path';

interface DraftInEdit {
  history: DraftHistory;
  /** The draft as it stands: `history.present`. */
  state: DraftState;
  /** The checks' problems by the path of the field they are about. */
  problems: ReadonlyMap<string, readonly DescribedProblem[]>;
  dispatch: (action: HistoryAction) => void;
  setProblems: (problems: ReadonlyMap<string, readonly DescribedProblem[]>) => void;
}

/**
 * The draft being edited and its undo history, as a store (one per open draft): a field
 * subscribes to its own value, so a keystroke re-renders the field typed into, not the
 * thousands of fields of a large debate.
 */
export type DraftStore = StoreApi<DraftInEdit>;

export function createDraftStore(initial: DraftState | DraftHistory): DraftStore {
  const history = 'present' in initial ? initial : startHistory(initial);
  return createStore<DraftInEdit>()((set, get) => ({
    history,
    state: history.present,
    problems: new Map(),
    dispatch: (action) => {
      const next = historyReducer(get().history, action);
      if (next !== get().history) set({ history: next, state: next.present });
    },
    setProblems: (problems) => set({ problems }),
  }));
}

const DraftStoreContext = createContext<DraftStore | null>(null);

export function DraftProvider({ store, children }: { store: DraftStore; children: ReactNode }) {
  return <DraftStoreContext value={store}>{children}</DraftStoreContext>;
}

function useDraftStore(): DraftStore {
  const store = use(DraftStoreContext);
  if (!store) throw new Error('The studio’s fields need a DraftProvider above them.');
  return store;
}

/** The whole draft: the component renders again on every change. */
export function useDraft(): DraftInEdit {
  return useStore(useDraftStore());
}

/** One part of the draft: the component renders again only when that part changes. */
export function useDraftSelector<T>(select: (draft: DraftInEdit) => T): T {
  return useStore(useDraftStore(), select);
}

/** Sets one field of the debate, as one step of the history per field typed into. */
export function useSetField(): (path: FieldPath, value: unknown) => void {
  const dispatch = useDraftSelector((d) => d.dispatch);
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
