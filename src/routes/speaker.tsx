import { useLocation, useParams } from 'react-router';
import { SpeakerOverview } from '@/features/detail/speaker-overview';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { useDebate } from '@/lib/debate-view/debate-context';
import { resolveSpeaker } from '@/model/debate-queries';
import { paths } from '@/lib/paths';
import { CanonicalRedirect } from '@/ui/canonical-redirect';

export default function SpeakerPage() {
  const debate = useDebate();
  const { pathname } = useLocation();
  const { speakerId } = useParams();
  const speaker = resolveSpeaker(debate, speakerId);
  if (!speaker) return <NotFoundView pathname={pathname} />;
  if (speaker.id !== speakerId) return <CanonicalRedirect to={paths.speaker(speaker.id)} />;
  return <SpeakerOverview speaker={speaker} />;
}
