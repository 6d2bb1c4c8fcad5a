import { useLocation } from 'react-router';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { FALLBACK_PATH } from './site-router';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <div className="not-found-page">
      <NotFoundView pathname={pathname === FALLBACK_PATH ? null : pathname} level={1} />
    </div>
  );
}
