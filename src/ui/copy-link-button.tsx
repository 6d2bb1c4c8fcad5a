import { useState } from 'react';
import { uiText } from '@/lib/ui-text';

type Status = 'idle' | 'copied' | 'failed';

/** Copies the absolute URL of `path` and says, politely, whether it worked. */
export function CopyLinkButton({ path }: { path: string }) {
  const [status, setStatus] = useState<Status>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(new URL(path, window.location.origin).href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <span className="copy-link">
      <button type="button" className="quiet-button" onClick={() => void copy()}>
        {uiText.copyLink}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? uiText.linkCopied : status === 'failed' ? uiText.copyFailed : ''}
      </span>
    </span>
  );
}
