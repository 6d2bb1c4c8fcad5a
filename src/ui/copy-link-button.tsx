import { useState } from 'react';
import { useHref } from 'react-router';
import { uiText } from '@/lib/ui-text';

type Status = 'idle' | 'copied' | 'failed';

/** Copies the absolute URL of `path` and says, politely, whether it worked. */
export function CopyLinkButton({ path }: { path: string }) {
  const [status, setStatus] = useState<Status>('idle');
  // useHref adds the base path of a site hosted under a sub-path.
  const href = useHref(path);
  async function copy() {
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.origin).href);
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
