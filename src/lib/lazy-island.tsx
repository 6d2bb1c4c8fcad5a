import { Component, Suspense, use, type ComponentType, type ReactNode } from 'react';
import { loadOnce } from './load-once';

// Controls a reader uses only now and then (copy, share, cite, embed, export, open a debate)
// are on every page, many times over. Their code is not part of the page's first script:
// each is an island, prerendered like the rest of the page but hydrated on its own, once its
// chunk has arrived. Until then its HTML stays as served (React keeps a suspended boundary's
// server HTML while hydrating), so nothing moves, and the page's own hydration is shorter.

const preloads: (() => Promise<unknown>)[] = [];

/**
 * Loads the code of every island defined so far (an island in a lazily loaded page is defined
 * once that page's code has loaded). The prerender awaits it; the browser starts it as it
 * hydrates.
 */
export function preloadIslands(): Promise<unknown> {
  return Promise.all(preloads.map((preload) => preload()));
}

/** A chunk that failed to load (a dropped connection) costs its controls, not the page. */
class IslandBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** `load`'s component, prerendered with the page and hydrated once its code has loaded. */
export function lazyIsland<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const island = loadOnce(load);
  preloads.push(island.get);
  function Loaded(props: P) {
    const Island = island.loaded() ?? use(island.get());
    return <Island {...props} />;
  }
  return function LazyIsland(props: P) {
    return (
      <IslandBoundary>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </IslandBoundary>
    );
  };
}
