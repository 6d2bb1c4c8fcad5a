import { useState } from 'react';
import { useHref } from 'react-router';
import { SOURCE_SCRIPT } from '@/lib/i18n/locale';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';

type Status = 'idle' | 'copied' | 'failed';

/**
 * Copies the absolute URL of `path` and says, politely, whether it worked. The link carries
 * the script and language the sharer reads in, so the recipient sees what they saw.
 */
export function CopyLinkButton({ path }: { path: string }) {
  const [status, setStatus] = useState<Status>('idle');
  const t = useText();
  const { script, language } = useLocale();
  // useHref adds the base path of a site hosted under a sub-path.
  const href = useHref(path);
  async function copy() {
    try {
      const url = new URL(href, window.location.origin);
      if (script !== SOURCE_SCRIPT) url.searchParams.set('script', script);
      if (language === 'en') url.searchParams.set('lang', 'en');
      await navigator.clipboard.writeText(url.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <span className="copy-link">
      <button type="button" className="quiet-button" onClick={() => void copy()}>
        {t.copyLink}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? t.linkCopied : status === 'failed' ? t.copyFailed : ''}
      </span>
    </span>
  );
}
