import { useDeferredValue, type ReactNode } from 'react';
import type { PageDebate } from '@/model/page-debate';
import { DebateProvider } from '@/lib/debate-view/debate-context';
import { convertInWorker } from './convert-opened-debate';
import { useOpenedDebate } from './opened-debate-store';

/**
 * The debate in view: one opened from disk, or else the bundled one (as the page's reading
 * shows it). A newly opened debate
 * is rendered as a deferred value, so React lays out a 20,000-stance matrix in slices that
 * let the page answer between them, instead of one long task; until it is ready, the old
 * debate stays in view. Only this component subscribes, so `children` (made by the caller)
 * are not rendered again for the store's sake.
 */
export function OpenedDebateProvider({
  bundled,
  children,
}: {
  bundled: PageDebate;
  children: ReactNode;
}) {
  const opened = useDeferredValue(useOpenedDebate());
  return (
    <DebateProvider
      debate={opened?.debate ?? bundled.debate}
      original={opened ? undefined : bundled.original}
      inReading={!opened}
      source={opened?.source}
      convert={convertInWorker}
    >
      {children}
    </DebateProvider>
  );
}
