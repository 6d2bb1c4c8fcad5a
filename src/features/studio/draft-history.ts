import type { Debate } from '@/model/debate-schema';

/** What one undo step restores: the debate as edited and the source it quotes. */
export interface DraftState {
  debate: Debate;
  source: string;
}

export interface DraftHistory {
  past: DraftState[];
  present: DraftState;
  future: DraftState[];
  /**
   * The field the last edit typed into: further keystrokes in the same field join that
   * edit, so one undo takes back a word typed, not a letter.
   */
  typing?: string | undefined;
}

export type HistoryAction =
  | { type: 'edit'; edit: (state: DraftState) => DraftState; typing?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; state: DraftState };

/** Enough to take back an afternoon's work, without keeping every keystroke forever. */
export const MAX_UNDO = 500;

export const startHistory = (state: DraftState): DraftHistory => ({
  past: [],
  present: state,
  future: [],
});

/** Every change to a draft goes through here, so undo and redo cover every edit. */
export function historyReducer(history: DraftHistory, action: HistoryAction): DraftHistory {
  switch (action.type) {
    case 'edit': {
      const next = action.edit(history.present);
      if (next === history.present) return history;
      const joins = action.typing !== undefined && action.typing === history.typing;
      return {
        past: joins ? history.past : [...history.past, history.present].slice(-MAX_UNDO),
        present: next,
        future: [],
        typing: action.typing,
      };
    }
    case 'undo': {
      const previous = history.past.at(-1);
      if (!previous) return history;
      return {
        past: history.past.slice(0, -1),
        present: previous,
        future: [history.present, ...history.future],
      };
    }
    case 'redo': {
      const [next, ...rest] = history.future;
      if (!next) return history;
      return { past: [...history.past, history.present], present: next, future: rest };
    }
    case 'reset':
      return startHistory(action.state);
  }
}
