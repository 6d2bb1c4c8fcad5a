import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDebateView } from '@/model/debate-context';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import type { CiteTarget } from '@/ui/cite-slot';
import { dataVersion } from './citation-item';
import { formatsFor, isMachineFormat, type CitationFormat } from './citation-formats';
import { formatCitation } from './format-citations';
import { useCiteItem } from './use-cite-item';

type Formatted = { format: CitationFormat; text: string }[] | { error: string };

/** A modal dialog (native <dialog>) of citations of `target`, each with a copy button. */
export default function CiteDialog({
  target,
  title,
  onClose,
}: {
  target: CiteTarget;
  title: string;
  onClose: () => void;
}) {
  const t = useText();
  const { language } = useLocale();
  const { debate } = useDebateView();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // The access date is the day the reader opened the dialog.
  const [accessed] = useState(() => new Date());
  const item = useCiteItem(target, accessed);
  const formatted = useMemo<Formatted>(() => {
    try {
      return formatsFor(language).map((format) => ({
        format,
        text: formatCitation(item, format),
      }));
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [item, language]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const version = dataVersion(debate);
  return (
    <dialog
      ref={dialog}
      className="cite-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        dialog.current?.close();
      }}
    >
      <div className="dialog-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="quiet-button" onClick={() => dialog.current?.close()}>
          {t.cite.close}
        </button>
      </div>
      <p className="dialog-intro">
        {version ? t.cite.intro(t.cite.versionLabel(version)) : t.cite.noVersion}
      </p>
      {'error' in formatted ? (
        <p role="alert">{t.cite.failed(formatted.error)}</p>
      ) : (
        <ul className="citation-list">
          {formatted.map(({ format, text }) => (
            <CitationEntry key={format} format={format} text={text} />
          ))}
        </ul>
      )}
    </dialog>
  );
}

function CitationEntry({ format, text }: { format: CitationFormat; text: string }) {
  const t = useText();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const name = t.cite.formats[format];
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <li className="citation" aria-labelledby={id}>
      <div className="citation-head">
        <h3 id={id}>{name}</h3>
        <button
          type="button"
          className="quiet-button"
          aria-label={t.cite.copyNamed(name)}
          onClick={() => void copy()}
        >
          {t.cite.copy}
        </button>
        <span role="status" className="copy-status">
          {status === 'copied' ? t.cite.copied : status === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
      {isMachineFormat(format) ? (
        <pre className="citation-text" data-format={format}>
          {text}
        </pre>
      ) : (
        <p className="citation-text" data-format={format}>
          {text}
        </p>
      )}
    </li>
  );
}
