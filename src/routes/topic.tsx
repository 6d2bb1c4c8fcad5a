import { useLocation, useParams } from 'react-router';
import { TopicComparison } from '@/features/detail/topic-comparison';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { useDebate } from '@/lib/debate-view/debate-context';
import { resolveTopic } from '@/model/debate-queries';
import { paths } from '@/lib/paths';
import { CanonicalRedirect } from '@/ui/canonical-redirect';

export default function TopicPage() {
  const debate = useDebate();
  const { pathname } = useLocation();
  const { topicId } = useParams();
  const topic = resolveTopic(debate, topicId);
  if (!topic) return <NotFoundView pathname={pathname} />;
  if (topic.id !== topicId) return <CanonicalRedirect to={paths.topic(topic.id)} />;
  return <TopicComparison topic={topic} />;
}
