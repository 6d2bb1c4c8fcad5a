import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { useText } from '@/lib/i18n/use-text';
import { useHydratedWhen } from '@/lib/preferences';
import { useClientValue } from '@/lib/use-hydrated';
import { scrollIntoOwnView } from '@/lib/scroll-into-own-view';

function fragmentId(hash: string): string | null {
  try {
    return hash ? decodeURIComponent(hash.slice(1)) : null;
  } catch {
    return null;
  }
}

/**
 * Whether the address's #fragment names the quote `id` (a quote's own link:
 * `/topics/<topic>/<speaker>#<quoteId>`), and a ref for its element. Opened cold, the browser
 * has already scrolled to the prerendered quote; once the page is live (the stored speaker
 * order applied, which can move the text), it centres the quote again and moves focus there.
 * While focus stays on it, text that changes later (a debate opened from disk converted to
 * Simplified) keeps it centred; once the reader has moved on, nothing scrolls.
 */
export function useQuoteTarget<T extends HTMLElement>(id: string | null) {
  const { hash } = useLocation();
  // The prerendered page never saw the fragment: it is known from the first render after.
  const targeted = useClientValue(id !== null && fragmentId(hash) === id, false);
  // Only the target waits for the reader's preferences: the others need not render again.
  const settled = useHydratedWhen(targeted);
  const { dataTag, script } = useDebateView();
  const t = useText();
  const ref = useRef<T>(null);
  const revealed = useRef(false);
  useEffect(() => {
    const element = ref.current;
    if (!targeted) revealed.current = false;
    if (!targeted || !settled || !element) return;
    if (revealed.current && document.activeElement !== element) return;
    scrollIntoOwnView(element, { block: 'center' });
    if (!revealed.current) element.focus({ preventScroll: true });
    revealed.current = true;
  }, [targeted, settled, dataTag, script, t]);
  return { targeted, ref };
}
