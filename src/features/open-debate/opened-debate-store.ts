import { create } from 'zustand';
import type { Debate } from '@/model/debate-schema';

// A debate the reader opened from their own disk. It lives beside the URL, not in it (a
// file cannot travel in a link), and is kept for the browser tab's session.

export interface OpenedDebate {
  debate: Debate;
  source: string;
  fileName: string;
}

type Status = { state: 'idle' } | { state: 'checking' } | { state: 'rejected'; problems: string[] };

interface OpenedDebateState {
  opened: OpenedDebate | null;
  status: Status;
  events: {
    filesChosen: () => void;
    debateOpened: (opened: OpenedDebate) => void;
    debateRejected: (problems: string[]) => void;
    problemsDismissed: () => void;
    bundledDebateRestored: () => void;
  };
}

const useOpenedDebateStore = create<OpenedDebateState>()((set) => ({
  opened: null,
  status: { state: 'idle' },
  events: {
    filesChosen: () => set({ status: { state: 'checking' } }),
    debateOpened: (opened) => set({ opened, status: { state: 'idle' } }),
    debateRejected: (problems) => set({ status: { state: 'rejected', problems } }),
    problemsDismissed: () => set({ status: { state: 'idle' } }),
    bundledDebateRestored: () => set({ opened: null, status: { state: 'idle' } }),
  },
}));

export const useOpenedDebate = () => useOpenedDebateStore((s) => s.opened);
export const useOpenStatus = () => useOpenedDebateStore((s) => s.status);
export const useOpenedDebateEvents = () => useOpenedDebateStore((s) => s.events);
