import { useEffect, useId, useRef } from 'react';
import { useHref } from 'react-router';
import { EMBED_PARAMS } from '@/lib/embed-mode';
import { embedSnippet } from '@/lib/embed-snippet';
import { useText } from '@/lib/i18n/use-text';
import { CopyButton } from './copy-button';
import { useShareUrl } from './use-share-url';

/**
 * The embed code for the page at `path`: a modal dialog (Escape or "Close" closes it and
 * focus returns to the button that opened it) with the snippet to copy.
 */
export default function EmbedDialog({
  path,
  title,
  onClose,
}: {
  path: string;
  title: string;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = useText();
  const headingId = useId();
  const codeId = useId();
  const pageUrl = useShareUrl(path, { params: EMBED_PARAMS });
  const scriptHref = useHref('/embed.js');
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const snippet = embedSnippet({
    pageUrl: pageUrl(),
    scriptUrl: new URL(scriptHref, window.location.origin).href,
    title: t.share.frameTitle(title),
  });
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{t.share.embedTitle}</h2>
      <p>{t.share.embedIntro}</p>
      <label htmlFor={codeId}>{t.share.embedCode}</label>
      <textarea
        id={codeId}
        className="embed-code"
        readOnly
        value={snippet}
        rows={6}
        spellCheck={false}
        dir="ltr"
        lang="en"
      />
      <div className="dialog-actions">
        <CopyButton label={t.share.copyCode} text={() => snippet} copied={t.share.codeCopied} />
        <button type="button" className="quiet-button" onClick={() => dialog.current?.close()}>
          {t.share.close}
        </button>
      </div>
    </dialog>
  );
}
