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
