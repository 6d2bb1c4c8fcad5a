import { DebateIntro } from '@/features/detail/debate-intro';

export default function Overview() {
  return <DebateIntro />;
}
