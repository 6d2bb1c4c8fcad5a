import { lazyIsland } from '@/lib/lazy-island';

/** A page's own link to copy, its citation and its embed code: hydrated on its own (an island). */
export const PageActions = lazyIsland(() =>
  import('./page-actions-bar').then((module) => module.PageActionsBar),
);
