import { Methodology } from '@/features/about/methodology';
import { pageMeta } from '@/lib/page-meta';
import { RouteError } from '@/ui/route-error';

export const meta = () => pageMeta.about();

export default function AboutPage() {
  return <Methodology />;
}

export { RouteError as ErrorBoundary };
