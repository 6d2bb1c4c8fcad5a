import bundledSource from 'virtual:bundled-source';
import { SourceReader } from '@/features/source-reader/source-reader';
import { useDebateSource } from '@/model/debate-context';
import { pageTitles } from '@/lib/page-titles';
import { RouteError } from '@/ui/route-error';

export const meta = () => [{ title: pageTitles.source() }];

export default function SourcePage() {
  return <SourceReader source={useDebateSource() ?? bundledSource} />;
}

export { RouteError as ErrorBoundary };
