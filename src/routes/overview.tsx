import { DebateIntro } from '@/features/detail/debate-intro';
import { bundledDebate } from '@/model/bundled-debate';
import { pageTitles } from '@/lib/page-titles';
import { RouteError } from '@/ui/route-error';

export const meta = () => [{ title: pageTitles.overview(bundledDebate) }];

export default function Overview() {
  return <DebateIntro />;
}

export { RouteError as ErrorBoundary };
