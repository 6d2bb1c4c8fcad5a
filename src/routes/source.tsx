import bundledSource from 'virtual:bundled-source';
import { SourceReader } from '@/features/source-reader/source-reader';
import {
  useDebateSource,
  useDebateView,
  useOpenedDebateConverter,
} from '@/lib/debate-view/debate-context';
import { useSimplifiedSource } from '@/lib/debate-view/debate-variants';

export default function SourcePage() {
  const opened = useDebateSource();
  const { script, chinese, original } = useDebateView();
  // null asks for the bundled source's Simplified version, built with the app.
  const simplified = useSimplifiedSource(
    script === 'hans' ? (opened ?? null) : undefined,
    useOpenedDebateConverter(),
  );
  if (script === 'hans' && simplified?.state === 'ready')
    return <SourceReader source={simplified.value} chinese={chinese} script="hans" />;
  return <SourceReader source={opened ?? bundledSource} chinese={original} script="hant" />;
}
