import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useDebateView, useIsBundledDebate } from '@/lib/debate-view/debate-context';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import type { CiteTarget } from '@/ui/cite-slot';
import { CITATION_KINDS, dataVersion, type CitationKind } from './citation-item';
import { formatsFor, isMachineFormat, type CitationFormat } from './citation-formats';
import { useCitationInput } from './use-citation-input';
import { useFormattedCitations } from './use-formatted-citations';

/** A quote or the whole conversation is the article's; a topic or stance page is our reading. */
const defaultKind = (target: CiteTarget): CitationKind =>
  target.kind === 'quote' || target.kind === 'debate' ? 'article' : 'page';

/**
 * A modal dialog (native <dialog>) of citations of `target`: of the article, or of this page,
 * each in every format with a copy button. `notice` is shown under the introduction (e.g.
 * that a debate opened from disk lives only in this browser).
 */
export default function CiteDialog({
  target,
  title,
  onClose,
  notice,
}: {
  target: CiteTarget;
  title: string;
  onClose: () => void;
  notice?: ReactNode;
}) {
  const t = useText();
  const { language } = useLocale();
  const { debate } = useDebateView();
  const bundled = useIsBundledDebate();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const kindsName = useId();
  const [kind, setKind] = useState(() => defaultKind(target));
  // The access date is the day the reader opened the dialog.
  const [accessed] = useState(() => new Date());
  const { input, words } = useCitationInput(target, kind, accessed);
  const { formatted, done } = useFormattedCitations(input, words, formatsFor(language), bundled);

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
      <fieldset className="cite-kinds">
        <legend>{t.cite.kindsLabel}</legend>
        {CITATION_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={kindsName}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />{' '}
            {t.cite.kinds[k]}
          </label>
        ))}
      </fieldset>
      <p className="dialog-intro">
        {kind === 'article'
          ? t.cite.intro.article(debate)
          : t.cite.intro.page(version ? t.cite.versionLabel(version) : '')}
      </p>
      {notice}
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
