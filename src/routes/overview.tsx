import { DebateIntro } from '@/features/detail/debate-intro';
import { pageMeta } from '@/lib/page-meta';
import { rootDebate } from './root-debate';
import type { Route } from './+types/overview';
import { RouteError } from '@/ui/route-error';

export const meta: Route.MetaFunction = ({ matches }) => pageMeta.overview(rootDebate(matches));

export default function Overview() {
  return <DebateIntro />;
}

export { RouteError as ErrorBoundary };
