// Starts the open-debate worker for one request. Loaded on demand: nothing here is in a
// page's first JavaScript, and the worker's own chunk loads only when a debate is opened.
import workerUrl from './open-debate.worker?worker&url';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';
import { partCollector } from './debate-parts';

/** The answer that ends a request: everything but progress and parts. */
export type FinalResponse = Exclude<WorkerResponse, { type: 'progress' } | { type: 'part' }>;

/** The answer with the parts sent before it put back into its debate. */
function withParts(response: FinalResponse, parts: ReturnType<typeof partCollector>) {
  if (response.type === 'simplified-debate')
    return { ...response, debate: parts.join(response.debate) };
  if (response.type === 'opened' && response.result.ok)
    return {
      ...response,
      result: { ...response.result, debate: parts.join(response.result.debate) },
    };
  return response;
}

export interface WorkerTask {
  /** The worker's answer, or 'cancelled'. */
  answer: Promise<FinalResponse | { type: 'cancelled' }>;
  /** Ends the worker at once; the answer becomes 'cancelled'. */
  cancel: () => void;
}

/** The page's CSP enforces Trusted Types: a worker's URL must come from a policy. */
const WORKER_POLICY = 'debate-worker';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | undefined;

function scriptUrl(url: string): string | URL {
  const factory = (
    window as {
      trustedTypes?: {
        createPolicy(
          name: string,
          rules: { createScriptURL(url: string): string },
        ): ScriptUrlPolicy;
      };
    }
  ).trustedTypes;
  if (!factory) return url;
  // Only this site's own worker script is ever allowed.
  policy ??= factory.createPolicy(WORKER_POLICY, {
    createScriptURL: (candidate) => {
      const resolved = new URL(candidate, document.baseURI);
      if (resolved.origin !== location.origin) throw new TypeError('off-origin worker');
      return resolved.href;
    },
  });
  return policy.createScriptURL(url) as string;
}

/** How a worker is made; tests pass their own. */
export type WorkerFactory = () => Pick<
  Worker,
  'postMessage' | 'terminate' | 'onmessage' | 'onerror'
>;

const startWorker: WorkerFactory = () => new Worker(scriptUrl(workerUrl), { type: 'module' });

/** Runs one request in a fresh worker, reporting progress until it answers or is cancelled. */
export function runInWorker(
  request: WorkerRequest,
  onProgress: (done: number) => void = () => {},
  makeWorker: WorkerFactory = startWorker,
): WorkerTask {
  const worker = makeWorker();
  let settle: (answer: FinalResponse | { type: 'cancelled' }) => void = () => {};
  const answer = new Promise<FinalResponse | { type: 'cancelled' }>((resolve) => {
    settle = resolve;
  });
  const finish = (response: FinalResponse | { type: 'cancelled' }) => {
    worker.terminate();
    settle(response);
  };
  const parts = partCollector();
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    if (event.data.type === 'progress') onProgress(event.data.done);
    else if (event.data.type === 'part') parts.add(event.data);
    else finish(withParts(event.data, parts));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ type: 'failed', reason: event.message || 'worker error' });
  };
  worker.postMessage(request);
  return { answer, cancel: () => finish({ type: 'cancelled' }) };
}

/** A debate opened from disk, converted to Simplified Chinese off the main thread. */
export async function simplifyInWorker<T extends 'simplify-debate' | 'simplify-source'>(
  request: Extract<WorkerRequest, { type: T }>,
): Promise<FinalResponse> {
  const answer = await runInWorker(request).answer;
  if (answer.type === 'cancelled') throw new Error('cancelled');
  if (answer.type === 'failed') throw new Error(answer.reason);
  return answer;
}
