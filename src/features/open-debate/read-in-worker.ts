import type { LangTag } from '@/lib/i18n/locale';
import { loadOpenText } from './open-text';
import type { ReadResult } from './read-debate-files';

/**
 * Reads and checks a debate's files in the open-debate worker without keeping it (the
 * studio's "open a folder"), so a large or hostile folder never blocks the page. Where there
 * are no workers (unit tests), it reads them here.
 */
export async function readInWorker(
  files: File[],
  locale: LangTag,
  { onProgress, signal }: { onProgress?: (done: number) => void; signal?: AbortSignal } = {},
): Promise<ReadResult> {
  if (typeof Worker === 'undefined') {
    const [{ readDebateFiles }, text] = await Promise.all([
      import('./read-debate-files'),
      loadOpenText(locale),
    ]);
    return readDebateFiles(files, text);
  }
  const { runInWorker } = await import('./debate-worker-client');
  const task = runInWorker({ type: 'read', files, locale }, onProgress);
  // Cancelling ends the worker, so a large folder stops costing memory and time at once.
  signal?.addEventListener('abort', task.cancel, { once: true });
  const answer = await task.answer;
  if (answer.type === 'opened') return answer.result;
  if (answer.type === 'cancelled') return { ok: false, problems: [] };
  const reason = answer.type === 'failed' ? answer.reason : answer.type;
  return { ok: false, problems: [(await loadOpenText(locale)).problems.unreadable(reason)] };
}
