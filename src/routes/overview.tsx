import { DebateIntro } from '@/features/detail/debate-intro';
import { lazyIsland } from '@/lib/lazy-island';

// Downloads are used now and then: their code loads after the page's (an island).
const ExportMenu = lazyIsland(() =>
  import('@/features/export/export-menu').then((module) => module.ExportMenu),
);

export default function Overview() {
  return (
    <>
      <DebateIntro />
      <ExportMenu />
    </>
  );
}
