import { useState } from 'react';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import { paths } from '@/lib/paths';
import { useReadingAddress } from '@/lib/reading-address';
import type { Debate } from '@/model/debate-schema';
import type { Messages } from '@/lib/i18n/messages-zh-hant';
import type { ExportKind } from './export-files';
import type { ExportText } from './export-text';

const KINDS: ExportKind[] = ['svg', 'png', 'csv', 'json'];

/** The words of the matrix's SVG and PNG, in the reader's reading, said from the debate. */
function exportText(
  t: Messages,
  debate: Debate,
  speakerName: (id: string) => string,
  url: string,
): ExportText {
  const version = (debate.changelog ?? [])
    .map((e) => e.date)
    .sort()
    .at(-1);
  return {
    title: debate.title,
    subtitle: t.exportData.subtitle(
      debate.speakers.map((s) => speakerName(s.id)),
      debate.topics.length,
    ),
    sourceLine: t.exportData.sourceLine(debate, version ? t.cite.versionLabel(version) : ''),
    url,
    legendHeading: t.legendHeading,
    legendAxis: t.exportData.axisNote,
    relationHeading: t.relationColumn,
    notPlaced: t.positionStates,
    relationKinds: t.relationKinds,
    speakerName,
    speakerLabel: t.exportData.speakerLabel,
    positionLabels: t.exportData.positionLabels,
  };
}

/** Downloads of the matrix (SVG, PNG at 2×) and the data (CSV of quotes, the debate's JSON). */
export function ExportMenu() {
  const t = useText();
  const { debate, original } = useDebateView();
  const { tag } = useLocale();
  const name = useSpeakerName();
  const address = useReadingAddress();
  const [status, setStatus] = useState('');

  async function download(kind: ExportKind) {
    setStatus(t.exportData.preparing);
    try {
      const speakerName = (id: string) => {
        const speaker = debate.speakers.find((s) => s.id === id);
        return speaker ? name(speaker) : id;
      };
      const { exportFile } = await import('./export-files');
      const { blob, name: fileName } = await exportFile(kind, {
        debate,
        original,
        reading: tag.toLowerCase(),
        words: exportText(t, debate, speakerName, address(paths.overview())),
        quoteUrl: (topicId, speakerId, quoteId) =>
          address(paths.stance(topicId, speakerId), quoteId),
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
