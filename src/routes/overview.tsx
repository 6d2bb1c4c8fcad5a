import { DebateIntro } from '@/features/detail/debate-intro';
import { ExportMenu } from '@/features/export/export-menu';

export default function Overview() {
  return (
    <>
      <DebateIntro />
      <ExportMenu />
    </>
  );
}
