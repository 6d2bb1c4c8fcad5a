import { readDebateFiles, recheckKeptDebate } from './read-debate-files';
import { loadOpenText } from './open-text';
import type { DebateStore, WorkerRequest, WorkerResponse } from './worker-protocol';
import type { ReadResult } from './read-debate-files';
import { splitDebate } from './debate-parts';
import type { Debate } from '@/model/debate-schema';

/** Kept debates older than this are removed when another is kept (their tab is long gone). */
const KEEP_FOR_MS = 2 * 24 * 60 * 60 * 1000;

async function keep(store: DebateStore, key: string, value: object): Promise<boolean> {
  try {
    const now = Date.now();
    for (const [old, entry] of await store.entries())
      if (
        typeof old === 'string' &&
        now - ((entry as { keptAt?: number }).keptAt ?? 0) > KEEP_FOR_MS
      )
        await store.del(old);
    await store.set(key, { ...value, keptAt: now });
    return true;
  } catch {
    // Storage full, or refused (private browsing): the page says the debate was not kept.
    return false;
  }
}

/** Posts the debate's long lists in parts, then the rest of it (debate-parts.ts). */
function postInParts(debate: Debate, post: (response: WorkerResponse) => void): Debate {
  const { parts, rest } = splitDebate(debate);
  for (const part of parts) post(part);
  return rest;
}

function postOpened(result: ReadResult, kept: boolean, post: (response: WorkerResponse) => void) {
  if (!result.ok) return post({ type: 'opened', result, kept });
  post({ type: 'opened', result: { ...result, debate: postInParts(result.debate, post) }, kept });
}

/** Does what the page asked and answers through `post`; never throws. */
export async function handleWorkerRequest(
  request: WorkerRequest,
  post: (response: WorkerResponse) => void,
  store: DebateStore,
): Promise<void> {
  try {
    switch (request.type) {
      case 'open': {
        const t = await loadOpenText(request.locale);
        let last = 0;
        const result = await readDebateFiles(request.files, t, {
          onProgress: (done) => {
            // A message per percent at most.
            if (done - last < 0.01) return;
            last = done;
            post({ type: 'progress', done: Math.min(0.95, done * 0.9) });
          },
        });
        const kept = result.ok
          ? await keep(store, request.keepAs, {
              debate: result.debate,
              source: result.source,
              name: result.name,
            })
          : false;
        postOpened(result, kept, post);
        return;
      }
      case 'read': {
        const result = await readDebateFiles(request.files, await loadOpenText(request.locale));
        postOpened(result, false, post);
        return;
      }
      case 'reopen': {
        const result = recheckKeptDebate(await store.get(request.key));
        postOpened(result, result.ok, post);
        return;
      }
      case 'forget':
        await store.del(request.key);
        post({ type: 'forgotten' });
        return;
      case 'simplify-debate': {
        const [{ simplifiedConverters }, { convertDebateScript }] = await Promise.all([
          import('@/model/mainland-converter'),
          import('@/model/convert-debate-script'),
        ]);
        const debate = convertDebateScript(request.debate, simplifiedConverters);
        post({ type: 'simplified-debate', debate: postInParts(debate, post) });
        return;
      }
      case 'simplify-source': {
        const { toSimplified } = await import('@/model/script-converter');
        post({ type: 'simplified-source', source: toSimplified(request.source) });
        return;
      }
    }
  } catch (error) {
    post({ type: 'failed', reason: String((error as Error)?.message ?? error).slice(0, 200) });
  }
}
