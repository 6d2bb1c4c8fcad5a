import { SearchResults } from '@/features/search/search-results';
import { useSearchQuery } from '@/features/search/use-search-query';
import { pageTitles } from '@/lib/page-titles';
import { RouteError } from '@/ui/route-error';

export const meta = () => [{ title: pageTitles.search() }];

export default function SearchPage() {
  return <SearchResults query={useSearchQuery()} />;
}

export { RouteError as ErrorBoundary };
