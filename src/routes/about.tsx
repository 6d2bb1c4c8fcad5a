import { Methodology } from '@/features/about/methodology';
import { pageTitles } from '@/lib/page-titles';
import { RouteError } from '@/ui/route-error';

export const meta = () => [{ title: pageTitles.about() }];

export default function AboutPage() {
  return <Methodology />;
}

export { RouteError as ErrorBoundary };
