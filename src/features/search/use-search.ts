import { useMemo } from 'react';
import { createLazyVariants } from '@/lib/lazy-variant';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { createTextFolder } from './normalize-text';
import { buildSearchIndex, searchIndex } from './search-index';

// Matching across scripts needs OpenCC's character table, which loads with the search page
// and not before; until it arrives, search still works within one script.
const useScriptFolder = createLazyVariants(async (_: 'opencc') =>
  createTextFolder((await import('@/model/script-converter')).toSimplified),
);
const withinScriptFolder = createTextFolder();

/**
 * Search results for `query` over the debate in view, recomputed as the reader types; at
 * most `limit` hits, though `results.total` counts them all.
 */
export function useSearch(query: string, limit: number) {
  const loaded = useScriptFolder('opencc');
  const fold = loaded?.state === 'ready' ? loaded.value : withinScriptFolder;
  const { chinese } = useDebateView();
  const index = useMemo(() => buildSearchIndex(chinese, fold), [chinese, fold]);
  // Rendered with the keystroke, not deferred: the scan takes a few milliseconds even at
  // 10,000 stances and at most `limit` hits render, so the results can show in the very next
  // frame; a deferred render is time-sliced over several (see bench/results.md).
  const results = useMemo(
    () => searchIndex(index, query, fold, limit),
    [index, query, fold, limit],
  );
  return { results, query, acrossScripts: fold !== withinScriptFolder };
}
