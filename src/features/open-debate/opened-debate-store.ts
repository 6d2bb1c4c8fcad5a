import { create } from 'zustand';
import type { Debate } from '@/model/debate-schema';

// A debate the reader opened from their own disk. It lives beside the URL, not in it (a
// file cannot travel in a link), and is kept for the browser tab's session.

export interface OpenedDebate {
  debate: Debate;
  source: string;
  fileName: string;
  /** Whether it was stored to come back after a reload (false: too large, or refused). */
  kept?: boolean;
}

type Status =
  | { state: 'idle' }
  /** `progress` from 0 to 1; `slow` once the check has taken long enough to show it. */
  | { state: 'checking'; progress: number; slow: boolean }
  | { state: 'cancelled' }
  /** `stopped`: the checks stopped at their limit; the last problem says so. */
  | { state: 'rejected'; problems: string[]; stopped: boolean };

interface OpenedDebateState {
  opened: OpenedDebate | null;
  status: Status;
  events: {
    filesChosen: () => void;
    checkProgressed: (progress: number) => void;
    checkTookLong: () => void;
    openCancelled: () => void;
    debateOpened: (opened: OpenedDebate) => void;
    debateRejected: (problems: string[], stopped?: boolean) => void;
    problemsDismissed: () => void;
    bundledDebateRestored: () => void;
  };
}

const useOpenedDebateStore = create<OpenedDebateState>()((set) => ({
  opened: null,
  status: { state: 'idle' },
  events: {
    filesChosen: () => set({ status: { state: 'checking', progress: 0, slow: false } }),
    checkProgressed: (progress) =>
      set(({ status }) => (status.state === 'checking' ? { status: { ...status, progress } } : {})),
    checkTookLong: () =>
      set(({ status }) =>
        status.state === 'checking' ? { status: { ...status, slow: true } } : {},
      ),
    openCancelled: () => set({ status: { state: 'cancelled' } }),
    debateOpened: (opened) => set({ opened, status: { state: 'idle' } }),
    debateRejected: (problems, stopped = false) =>
      set({ status: { state: 'rejected', problems, stopped } }),
    problemsDismissed: () => set({ status: { state: 'idle' } }),
    bundledDebateRestored: () => set({ opened: null, status: { state: 'idle' } }),
  },
}));

export const useOpenedDebate = () => useOpenedDebateStore((s) => s.opened);
export const useOpenStatus = () => useOpenedDebateStore((s) => s.status);
export const useOpenedDebateEvents = () => useOpenedDebateStore((s) => s.events);
