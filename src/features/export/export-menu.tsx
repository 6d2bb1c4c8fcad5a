import { useState } from 'react';
import { useHref } from 'react-router';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import type { ExportKind } from './export-files';
import type { ExportText } from './export-text';

const KINDS: ExportKind[] = ['svg', 'png', 'csv', 'json'];

/**
 * The site's public root: SITE_URL when the build knew it, else this origin and base path.
 * A function, called on click: the prerender has no `window`, and reading it while rendering
 * made the whole page fall back to client rendering.
 */
function useSiteRoot(): () => string {
  const base = useHref('/');
  return () => import.meta.env.SITE_URL || new URL(base, window.location.origin).href;
}

/** Downloads of the matrix (SVG, PNG at 2×) and the data (CSV of quotes, the debate's JSON). */
export function ExportMenu() {
  const t = useText();
  const { debate, original } = useDebateView();
  const name = useSpeakerName();
  const siteRoot = useSiteRoot();
  const [status, setStatus] = useState('');
  const versionDate = (debate.changelog ?? [])
    .map((e) => e.date)
    .sort()
    .at(-1);

  async function download(kind: ExportKind) {
    setStatus(t.exportData.preparing);
    try {
      const root = siteRoot();
      const absolute = (path: string) => new URL(path.replace(/^\//, ''), root).href;
      const words: ExportText = {
        title: debate.title,
        subtitle: t.exportData.subtitle,
        sourceLine: t.exportData.sourceLine(
          debate,
          versionDate ? t.cite.versionLabel(versionDate) : '',
        ),
        url: absolute(paths.overview()),
        legendHeading: t.legendHeading,
        legendAxis: t.exportData.axisNote,
        relationHeading: t.relationColumn,
        notPlaced: t.positionStates,
        relationKinds: t.relationKinds,
        speakerName: (id) => {
          const speaker = debate.speakers.find((s) => s.id === id);
          return speaker ? name(speaker) : id;
        },
      };
      const { exportFile } = await import('./export-files');
      const { blob, name: fileName } = await exportFile(kind, {
        debate,
        original,
        words,
        quoteUrl: (topicId, speakerId, quoteId) =>
          `${absolute(paths.stance(topicId, speakerId))}#${encodeURIComponent(quoteId)}`,
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setStatus(t.exportData.done(fileName));
    } catch (error) {
      setStatus(t.exportData.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <section className="export-menu" aria-labelledby="export-heading">
      <h3 id="export-heading">{t.exportData.heading}</h3>
      <div className="page-actions">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="quiet-button"
            onClick={() => void download(kind)}
          >
            {t.exportData.kinds[kind]}
          </button>
        ))}
      </div>
      <p role="status" className="copy-status">
        {status}
      </p>
    </section>
  );
}
