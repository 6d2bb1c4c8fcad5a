import { createContext, use, type ReactNode } from 'react';

// Pages show a "cite" control on the debate, each topic, stance and quote, but the cite
// feature (its dialog, citation-js and the CSL styles) is its own feature, and features don't
// import one another. So the views leave a slot, and the app fills it with the cite feature.

/** What is cited: the whole debate, a topic, a stance or one of its quotes. */
export type CiteTarget =
  | { kind: 'debate' }
  | { kind: 'topic'; topicId: string }
  | { kind: 'stance'; topicId: string; speakerId: string }
  | { kind: 'quote'; topicId: string; speakerId: string; quoteId: string };

type RenderCite = (target: CiteTarget) => ReactNode;

const CiteSlotContext = createContext<RenderCite | null>(null);

export function CiteSlotProvider({
  render,
  children,
}: {
  render: RenderCite;
  children: ReactNode;
}) {
  return <CiteSlotContext value={render}>{children}</CiteSlotContext>;
}

/** The cite control for `target`, where the app supplies one (nothing otherwise). */
export function CiteSlot({ target }: { target: CiteTarget }) {
  const render = use(CiteSlotContext);
  return render ? render(target) : null;
}
