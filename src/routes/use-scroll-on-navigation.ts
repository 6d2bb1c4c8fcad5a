import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { scrollIntoOwnView } from '@/lib/scroll-into-own-view';

function elementNamedBy(hash: string): HTMLElement | null {
  try {
    return hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  } catch {
    return null;
  }
}

/**
 * A followed link opens its page at the top, or at the element its #fragment names; Back and
 * Forward leave the scroll to the browser, which restores where the reader was. A change of
 * the query alone (the matrix's row order) rearranges the page in place and leaves it where
 * it is. The page as loaded is where the browser put it. A layout effect, so that a page's
 * own effects (the source reader centres the quote a link names) come after it.
 */
export function useScrollOnNavigation() {
  const { key, hash, pathname, search } = useLocation();
  const navigationType = useNavigationType();
  const shown = useRef({ key, pathname, search });
  useLayoutEffect(() => {
    const previous = shown.current;
    if (previous.key === key) return;
    shown.current = { key, pathname, search };
    if (navigationType === 'POP') return;
    if (previous.pathname === pathname && previous.search !== search && !hash) return;
    const target = elementNamedBy(hash);
    if (target) scrollIntoOwnView(target);
    else window.scrollTo(0, 0);
  }, [key, hash, pathname, search, navigationType]);
}
