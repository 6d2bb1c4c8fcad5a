import { useLocation, useSearchParams } from 'react-router';
import { useIsHydrated } from '@/lib/preferences';
import { paths } from '@/lib/paths';

/**
 * The longest query searched, in UTF-16 code units. Percent-encoded, a Chinese character takes
 * nine characters of the address, so 200 of them stay well inside the 2,048 that servers
 * accept (scripts/serve.mjs refuses longer), with the base path and the reading options. A
 * 300k-character paste took a 674 ms task and built a 2.7 MB address (issue 25).
 */
export const SEARCH_QUERY_LIMIT = 200;

/** `query` cut to SEARCH_QUERY_LIMIT, never through a surrogate pair. */
export function clipQuery(query: string): string {
  if (query.length <= SEARCH_QUERY_LIMIT) return query;
  const end = /[\uD800-\uDBFF]/.test(query[SEARCH_QUERY_LIMIT - 1] ?? '')
    ? SEARCH_QUERY_LIMIT - 1
    : SEARCH_QUERY_LIMIT;
  return query.slice(0, end);
}

/**
 * The query of the search page's URL (`/search?q=…`), empty elsewhere. The prerendered
 * search page has no query, so the URL's is read only once the page has hydrated: the first
 * render must match the HTML.
 */
export function useSearchQuery(): string {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const hydrated = useIsHydrated();
  // A hand-made link may hold more: only its start is searched (the results page says so).
  return hydrated && pathname === paths.search() ? clipQuery(params.get('q') ?? '') : '';
}
