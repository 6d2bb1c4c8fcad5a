import { useState } from 'react';
import { useText } from '@/lib/i18n/use-text';
import { StatusButton } from './status-button';

type Status = 'idle' | 'shared' | 'copied' | 'failed';

/**
 * "Share": the system's share sheet (the Web Share API) where the browser has one, as on a
 * phone; elsewhere it copies the link. The browser allows the sheet only in answer to a
 * reader's gesture, which a click is. Shown on touch screens (app.css), where the sheet is
 * the natural way to pass a link on; elsewhere "copy link" does the job.
 */
export function ShareButton({
  title,
  text,
  url,
}: {
  title: string;
  text: string;
  url: () => string;
}) {
  const [status, setStatus] = useState<Status>('idle');
  const t = useText();
  async function share() {
    const link = url();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text, url: link });
        setStatus('shared');
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to report.
        if (error instanceof DOMException && error.name === 'AbortError') return setStatus('idle');
      }
    }
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  const said = { idle: '', shared: t.share.shared, copied: t.linkCopied, failed: t.copyFailed };
  return (
    <StatusButton
      className="share-button"
      label={t.share.share}
      status={said[status]}
      onClick={() => void share()}
    />
  );
}
