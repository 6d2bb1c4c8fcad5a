import { useState } from 'react';
import { useText } from '@/lib/i18n/use-text';
import { StatusButton } from './status-button';

type Status = 'idle' | 'done' | 'failed';

/** A button that copies `text()` and says, politely, whether it worked. */
export function CopyButton({
  label,
  text,
  copied,
}: {
  label: string;
  text: () => string;
  /** What the status says once copied. */
  copied: string;
}) {
  const [status, setStatus] = useState<Status>('idle');
  const t = useText();
  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  }
  const said = { idle: '', done: copied, failed: t.copyFailed };
  return <StatusButton label={label} status={said[status]} onClick={() => void copy()} />;
}
