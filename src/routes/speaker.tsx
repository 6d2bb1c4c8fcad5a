import { useLocation, useParams } from 'react-router';
import { SpeakerOverview } from '@/features/detail/speaker-overview';
import { NotFoundView } from '@/features/not-found/not-found-view';
import { bundledDebate } from '@/model/bundled-debate';
import { useDebate } from '@/model/debate-context';
import { findSpeaker } from '@/model/debate-queries';
import { pageTitles } from '@/lib/page-titles';
import { RouteError } from '@/ui/route-error';
import type { Route } from './+types/speaker';

export const meta = ({ params }: Route.MetaArgs) => [
  { title: pageTitles.speaker(bundledDebate, params.speakerId) ?? pageTitles.notFound() },
];

export default function SpeakerPage() {
  const debate = useDebate();
  const { pathname } = useLocation();
  const speaker = findSpeaker(debate, useParams().speakerId);
  return speaker ? <SpeakerOverview speaker={speaker} /> : <NotFoundView pathname={pathname} />;
}

export { RouteError as ErrorBoundary };
