import { useLocation, useParams } from 'react-router';
import { StanceDetail } from '@/features/detail/stance-detail';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { useDebate } from '@/lib/debate-view/debate-context';
import { findStance, resolveSpeaker, resolveTopic } from '@/model/debate-queries';
import { paths } from '@/lib/paths';
import { CanonicalRedirect } from '@/ui/canonical-redirect';

export default function StancePage() {
  const debate = useDebate();
  const { pathname } = useLocation();
  const params = useParams();
  const topic = resolveTopic(debate, params.topicId);
  const speaker = resolveSpeaker(debate, params.speakerId);
  const stance = topic && speaker && findStance(debate, topic.id, speaker.id);
  if (!topic || !speaker || !stance) return <NotFoundView pathname={pathname} />;
  if (topic.id !== params.topicId || speaker.id !== params.speakerId)
    return <CanonicalRedirect to={paths.stance(topic.id, speaker.id)} />;
  return <StanceDetail topic={topic} speaker={speaker} stance={stance} />;
}
