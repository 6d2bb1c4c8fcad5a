import bundledSource from 'virtual:bundled-source';
import { SourceReader } from '@/features/source-reader/source-reader';
import { bundledDebate } from '@/model/bundled-debate';
import { useDebateSource } from '@/model/debate-context';
import { pageMeta } from '@/lib/page-meta';
import { RouteError } from '@/ui/route-error';

export const meta = () => pageMeta.source(bundledDebate);

export default function SourcePage() {
  return <SourceReader source={useDebateSource() ?? bundledSource} />;
}

export { RouteError as ErrorBoundary };
