import { SearchResults } from '@/features/search/search-results';
import { useSearchQuery } from '@/features/search/use-search-query';

export default function SearchPage() {
  return <SearchResults query={useSearchQuery()} />;
}
