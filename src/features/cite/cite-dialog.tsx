import { useEffect, useId, useRef, useState } from 'react';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import type { CiteTarget } from '@/ui/cite-slot';
import { dataVersion } from './citation-item';
import { formatsFor, isMachineFormat, type CitationFormat } from './citation-formats';
import type { CslItem } from './citation-item';
import { useCiteItem } from './use-cite-item';

type Formatted = { format: CitationFormat; text: string }[] | { error: string };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Formats `item` in each format, one format per task so the page stays responsive while
 * citeproc builds each style's engine (the first takes a while on a slow phone).
 */
function useFormatted(item: CslItem, formats: CitationFormat[]) {
  const key = JSON.stringify([item, formats]);
  // Results are kept with the item they are of, so a changed item starts from nothing.
  const [state, setState] = useState<{ key: string; formatted: Formatted; done: boolean }>({
    key,
    formatted: [],
    done: false,
  });
  useEffect(() => {
    let cancelled = false;
    const add = (update: (formatted: Formatted) => Formatted, done = false) =>
      setState((prev) => {
        const formatted = prev.key === key ? prev.formatted : [];
        return { key, formatted: update(formatted), done };
      });
    (async () => {
      const { formatCitation } = await import('./format-citations');
      const [cited, wanted] = JSON.parse(key) as [CslItem, CitationFormat[]];
      for (const format of wanted) {
        await nextTask();
        if (cancelled) return;
        const text = formatCitation(cited, format);
        add((list) => ('error' in list ? list : [...list, { format, text }]));
      }
      if (!cancelled) add((list) => list, true);
    })().catch((error: unknown) => {
      if (!cancelled)
        add(() => ({ error: error instanceof Error ? error.message : String(error) }), true);
    });
    return () => {
      cancelled = true;
    };
  }, [key]);
  return state.key === key ? state : { formatted: [] as Formatted, done: false };
}

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
  const { formatted, done } = useFormatted(item, formatsFor(language));

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
      <p role="status" className="copy-status">
        {done || 'error' in formatted ? '' : t.cite.loading}
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
