import { DebateIntro } from '@/features/detail/debate-intro';
import { bundledDebate } from '@/model/bundled-debate';
import { pageMeta } from '@/lib/page-meta';
import { RouteError } from '@/ui/route-error';

export const meta = () => pageMeta.overview(bundledDebate);

export default function Overview() {
  return <DebateIntro />;
}

export { RouteError as ErrorBoundary };
