import { createContext, use, type ReactNode } from 'react';
import { bundledDebate } from './bundled-debate';
import type { Debate } from './debate-schema';

const DebateContext = createContext<Debate>(bundledDebate);

/** Supplies the debate every view shows; the bundled one unless another is given. */
export function DebateProvider({ debate, children }: { debate: Debate; children: ReactNode }) {
  return <DebateContext value={debate}>{children}</DebateContext>;
}

export function useDebate(): Debate {
  return use(DebateContext);
}
