import { SearchResults } from '@/features/search/search-results';
import { useSearchQuery } from '@/features/search/use-search-query';
import { pageMeta } from '@/lib/page-meta';
import { RouteError } from '@/ui/route-error';

export const meta = () => pageMeta.search();

export default function SearchPage() {
  return <SearchResults query={useSearchQuery()} />;
}

export { RouteError as ErrorBoundary };
