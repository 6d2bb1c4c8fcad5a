import { use } from 'react';
import { SourceReader } from '@/features/source-reader/source-reader';
import { bundledSource, loadBundledSource } from '@/lib/debate-view/bundled-source';
import {
  useDebateSource,
  useDebateView,
  useOpenedDebateConverter,
} from '@/lib/debate-view/debate-context';
import { useSimplifiedSource } from '@/lib/debate-view/debate-variants';

export default function SourcePage() {
  const opened = useDebateSource();
  const { script, chinese, original } = useDebateView();
  const simplified = useSimplifiedSource(
    opened !== undefined && script === 'hans' ? opened : undefined,
    useOpenedDebateConverter(),
  );
  // The bundled text in the page's script: loaded before the page hydrates, or (reached by a
  // link inside the app) while the page suspends.
  if (opened === undefined) {
    const source = bundledSource(script) ?? use(loadBundledSource(script));
    return <SourceReader source={source} chinese={chinese} script={script} />;
  }
  if (script === 'hans' && simplified?.state === 'ready')
    return <SourceReader source={simplified.value} chinese={chinese} script="hans" />;
  return <SourceReader source={opened} chinese={original} script="hant" />;
}
