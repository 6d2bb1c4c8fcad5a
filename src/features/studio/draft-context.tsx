import {
  createContext,
  use,
  useCallback,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type Dispatch,
  type ReactNode,
} from 'react';
import type { DataProblem } from '@/model/debate-integrity';
import type { DraftState, HistoryAction } from './draft-history';
import { formatPath, setAt, type FieldPath } from './draft-path';

interface DraftInEdit {
  state: DraftState;
  dispatch: Dispatch<HistoryAction>;
  /** The checks' problems by the path of the field they are about. */
  problems: ReadonlyMap<string, readonly DataProblem[]>;
}

/**
 * The draft for the fields below, also as a store: a field subscribes to its own value, so a
 * keystroke re-renders the field typed into, not the thousands of fields of a large debate.
 */
class DraftStore {
  #listeners = new Set<() => void>();
  #current: DraftInEdit;
  constructor(initial: DraftInEdit) {
    this.#current = initial;
  }
  get = () => this.#current;
  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
  publish(next: DraftInEdit) {
    this.#current = next;
    for (const listener of this.#listeners) listener();
  }
}

const DraftContext = createContext<DraftInEdit | null>(null);
const DraftStoreContext = createContext<DraftStore | null>(null);

export function DraftProvider({ children, ...value }: DraftInEdit & { children: ReactNode }) {
  const { state, dispatch, problems } = value;
  const [store] = useState(() => new DraftStore(value));
  // Once committed: the fields that skipped this render (memo) read their part then.
  useLayoutEffect(
    () => store.publish({ state, dispatch, problems }),
    [store, state, dispatch, problems],
  );
  return (
    <DraftStoreContext value={store}>
      <DraftContext value={value}>{children}</DraftContext>
    </DraftStoreContext>
  );
}

/** The whole draft: the component renders again on every change. */
export function useDraft(): DraftInEdit {
  const draft = use(DraftContext);
  if (!draft) throw new Error('The studio’s fields need a DraftProvider above them.');
  return draft;
}

/** One part of the draft: the component renders again only when that part changes. */
export function useDraftSelector<T>(select: (draft: DraftInEdit) => T): T {
  const store = use(DraftStoreContext);
  if (!store) throw new Error('The studio’s fields need a DraftProvider above them.');
  const snapshot = () => select(store.get());
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
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
