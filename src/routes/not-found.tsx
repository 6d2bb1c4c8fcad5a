import { useLocation } from 'react-router';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { useHydrated } from '@/lib/use-hydrated';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  // Prerendered only as the static host's 404.html, which cannot know the address asked for.
  return (
    <div className="not-found-page">
      <NotFoundView pathname={useHydrated() ? pathname : null} level={1} />
    </div>
  );
}
