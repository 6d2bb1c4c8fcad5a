import { createContext, use, type ReactNode } from 'react';
import type { PagePlace } from '@/lib/reading';
import type { Messages } from './messages-zh-hant';

// The reading comes from the page's address, known before the first render: the prerender and
// the hydrating browser give every page the same reading and catalogue, so nothing is painted
// in one reading and then another.

interface ReadingInView extends PagePlace {
  /** The interface's messages in the reading, loaded before the page renders. */
  messages: Messages;
}

const ReadingContext = createContext<ReadingInView | null>(null);

/** Supplies the page's reading and its catalogue to everything below. */
export function ReadingProvider({
  place,
  messages,
  children,
}: {
  place: PagePlace;
  messages: Messages;
  children: ReactNode;
}) {
  return <ReadingContext value={{ ...place, messages }}>{children}</ReadingContext>;
}

export function useReadingInView(): ReadingInView {
  const inView = use(ReadingContext);
  if (!inView) throw new Error('The site needs a ReadingProvider above it.');
  return inView;
}
