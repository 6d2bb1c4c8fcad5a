import { createContext, use, type ReactNode } from 'react';
import { bundledDebate } from './bundled-debate';
import type { Debate } from './debate-schema';

interface DebateInView {
  debate: Debate;
  /** The debate's source text, when it came with one (a debate opened from disk). */
  source?: string | undefined;
}

const DebateContext = createContext<DebateInView>({ debate: bundledDebate });

/** Supplies the debate every view shows; the bundled one unless another is given. */
export function DebateProvider({
  debate,
  source,
  children,
}: DebateInView & { children: ReactNode }) {
  return <DebateContext value={{ debate, source }}>{children}</DebateContext>;
}

export function useDebate(): Debate {
  return use(DebateContext).debate;
}

/** The source text that came with the debate in view, if any (the bundled one loads lazily). */
export function useDebateSource(): string | undefined {
  return use(DebateContext).source;
}
