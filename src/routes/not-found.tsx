import { useLocation } from 'react-router';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { pageMeta } from '@/lib/page-meta';
import { RouteError } from '@/ui/route-error';

export const meta = () => pageMeta.notFound();

export default function NotFoundPage() {
  return (
    <div className="not-found-page">
      <NotFoundView pathname={useLocation().pathname} level={1} />
    </div>
  );
}

export { RouteError as ErrorBoundary };
