import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while React hydrates a prerendered page (and in the prerender), true from the render
 * after. What only the browser knows (the URL's #fragment, the static host's real address)
 * must wait for it, or the first render would differ from the prerendered HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * `server` while React hydrates a prerendered page (and in the prerender), `client` from the
 * render after. Unlike `useHydrated() ? client : server`, a component whose two values are
 * equal is not rendered again once hydrated. Most quotes are not a link's target and most
 * pages are not embedded: rendering every one of them again at once, right after hydrating,
 * was the longest task of a page's load.
 */
export function useClientValue<T extends string | number | boolean | null>(
  client: T,
  server: T,
): T {
  return useSyncExternalStore(
    subscribeToNothing,
    () => client,
    () => server,
  );
}
