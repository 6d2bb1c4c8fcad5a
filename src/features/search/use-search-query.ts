import { useLocation, useSearchParams } from 'react-router';
import { useIsHydrated } from '@/lib/preferences';
import { paths } from '@/lib/paths';

/**
 * The query of the search page's URL (`/search?q=…`), empty elsewhere. The prerendered
 * search page has no query, so the URL's is read only once the page has hydrated: the first
 * render must match the HTML.
 */
export function useSearchQuery(): string {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const hydrated = useIsHydrated();
  return hydrated && pathname === paths.search() ? (params.get('q') ?? '') : '';
}
