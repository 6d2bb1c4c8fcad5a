import type { LangTag } from '@/lib/i18n/locale';
import { loadOpenText } from './open-text';
import type { ReadResult } from './read-debate-files';

/**
 * Reads and checks a debate's files in the open-debate worker without keeping it (the
 * studio's "open a folder"), so a large or hostile folder never blocks the page. Where there
 * are no workers (unit tests), it reads them here.
 */
export async function readInWorker(files: File[], locale: LangTag): Promise<ReadResult> {
  if (typeof Worker === 'undefined') {
    const [{ readDebateFiles }, text] = await Promise.all([
      import('./read-debate-files'),
      loadOpenText(locale),
    ]);
    return readDebateFiles(files, text);
  }
  const { runInWorker } = await import('./debate-worker-client');
  const answer = await runInWorker({ type: 'read', files, locale }).answer;
  if (answer.type === 'opened') return answer.result;
  const reason = answer.type === 'failed' ? answer.reason : answer.type;
  return { ok: false, problems: [(await loadOpenText(locale)).problems.unreadable(reason)] };
}
