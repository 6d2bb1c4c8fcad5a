import { use, type ComponentType } from 'react';
import { loadOnce } from '@/lib/load-once';

type PageModule = { default: ComponentType };

export interface LazyPage {
  Page: ComponentType;
  /** Loads the page's code; the page renders without suspending once this has resolved. */
  preload: () => Promise<unknown>;
}

/**
 * A page whose code loads only when it is first shown. Unlike React.lazy, a page preloaded
 * before the first render (as the prerender and the hydration do) renders at once: hydrating
 * it never suspends, so its prerendered HTML is adopted as it is.
 */
export function lazyPage(load: () => Promise<PageModule>): LazyPage {
  // A failed chunk (a dropped connection) is tried again the next time the page opens.
  const page = loadOnce(() => load().then((module) => module.default));
  function LazyLoadedPage() {
    const Page = page.loaded() ?? use(page.get());
    return <Page />;
  }
  return { Page: LazyLoadedPage, preload: page.get };
}
