import { Studio } from '@/features/studio/studio';
import { readInWorker } from '@/features/open-debate/read-in-worker';
import { useLocale } from '@/lib/i18n/use-locale';
import { useClientValue } from '@/lib/use-hydrated';
import { StudioFramed, isFramed } from './studio-framed';
import { StudioPreview } from './studio-preview';

/** The bundled debate as curated, English included, with its source: to revise it. */
async function loadBundled() {
  const [{ default: debate }, { default: source }] = await Promise.all([
    import('virtual:bundled-debate'),
    import('virtual:bundled-source'),
  ]);
  // The readers' codings stay in their own files (codings/<coder>.json): the studio edits
  // debate.json, and an export must write back only what came from it.
  const { codings: _codings, ...edited } = debate;
  return { debate: edited, source };
}

/** The editors' studio (/studio): lazily loaded, never part of a reader page's JavaScript. */
export default function StudioPage() {
  const { tag } = useLocale();
  // Prerendered unframed; once hydrated inside a frame, it refuses to work.
  const framed = useClientValue(typeof window !== 'undefined' && isFramed(), false);
  if (framed) return <StudioFramed />;
  return (
    <Studio
      Preview={StudioPreview}
      readFolder={(files, options) => readInWorker([...files], tag, options)}
      loadBundled={loadBundled}
    />
  );
}
