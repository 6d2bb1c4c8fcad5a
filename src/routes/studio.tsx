import { Studio } from '@/features/studio/studio';
import { readInWorker } from '@/features/open-debate/read-in-worker';
import { useLocale } from '@/lib/i18n/use-locale';
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
  const { tag } = useLocale();
  return (
    <Studio
      Preview={StudioPreview}
      readFolder={(files, options) => readInWorker([...files], tag, options)}
      loadBundled={loadBundled}
    />
  );
}
