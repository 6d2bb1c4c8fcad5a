import { useLocation, useParams } from 'react-router';
import { TopicComparison } from '@/features/detail/topic-comparison';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { bundledDebate } from '@/model/bundled-debate';
import { useDebate } from '@/model/debate-context';
import { findTopic } from '@/model/debate-queries';
import { pageTitles } from '@/lib/page-titles';
import { RouteError } from '@/ui/route-error';
import type { Route } from './+types/topic';

export const meta = ({ params }: Route.MetaArgs) => [
  { title: pageTitles.topic(bundledDebate, params.topicId) ?? pageTitles.notFound() },
];

export default function TopicPage() {
  const debate = useDebate();
  const { pathname } = useLocation();
  const topic = findTopic(debate, useParams().topicId);
  return topic ? <TopicComparison topic={topic} /> : <NotFoundView pathname={pathname} />;
}

export { RouteError as ErrorBoundary };
