import { useLocation, useParams } from 'react-router';
import { CompareView } from '@/features/detail/compare-view';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { useDebate } from '@/lib/debate-view/debate-context';
import { resolveTopic } from '@/model/debate-queries';
import { paths } from '@/lib/paths';
import { CanonicalRedirect } from '@/ui/canonical-redirect';

/** /compare, and /compare/<topic> for one topic's points: the filter is the path. */
export default function ComparePage() {
  const debate = useDebate();
  const { pathname } = useLocation();
  const { topicId } = useParams();
  if (topicId === undefined) return <CompareView />;
  const topic = resolveTopic(debate, topicId);
  // The whole page: its title is the h1 (issue 25).
  if (!topic) return <NotFoundView pathname={pathname} level={1} />;
  if (topic.id !== topicId) return <CanonicalRedirect to={paths.compare(topic.id)} />;
  return <CompareView topic={topic} />;
}
