import { Studio } from '@/features/studio/studio';
import { readDebateFiles } from '@/features/open-debate/read-debate-files';
import { useText } from '@/lib/i18n/use-text';
import { StudioPreview } from './studio-preview';

/** The bundled debate as curated, English included, with its source: to revise it. */
async function loadBundled() {
  const [{ default: debate }, { default: source }] = await Promise.all([
    import('virtual:bundled-debate'),
    import('virtual:bundled-source'),
  ]);
  return { debate, source };
}

/** The editors' studio (/studio): lazily loaded, never part of a reader page's JavaScript. */
export default function StudioPage() {
  const t = useText();
  return (
    <Studio
      Preview={StudioPreview}
      readFolder={(files) => readDebateFiles(files, t.openProblems)}
      loadBundled={loadBundled}
    />
  );
}
