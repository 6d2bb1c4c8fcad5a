import { useLocation } from 'react-router';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { pageTitles } from '@/lib/page-titles';
import { RouteError } from '@/ui/route-error';

export const meta = () => [{ title: pageTitles.notFound() }];

export default function NotFoundPage() {
  return (
    <div className="not-found-page">
      <NotFoundView pathname={useLocation().pathname} />
    </div>
  );
}

export { RouteError as ErrorBoundary };
