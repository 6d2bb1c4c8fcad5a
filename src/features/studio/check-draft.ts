import type { DataProblem } from '@/model/debate-integrity';
import type { Debate } from '@/model/debate-schema';
import { parseDebate } from '@/model/parse-debate';
import checkWorkerUrl from './check-draft.worker.ts?worker&url';

export interface CheckRequest {
  id: number;
  debate: Debate;
  source: string;
}

export interface CheckResponse {
  id: number;
  problems: DataProblem[];
}

/** The longest a check may take before it is stopped and said to have failed. */
const CHECK_LIMIT_MS = 10_000;

/** What the editor is told when the checks are stopped, in the studio's language. */
export type CheckFailure = (reason: 'too-long' | 'crashed', limitSeconds: number) => string;

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<CheckResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/**
 * Runs the checks of `npm run check-data` (the same schema and integrity checks) in a worker,
 * one draft at a time. A check that runs past `limitMs` (a pathological or enormous draft)
 * or crashes the worker is stopped, with every check waiting on it, and reported as a problem
 * of the whole draft; the next check starts a new worker. Without workers, checks inline.
 */
export function createDraftChecker(
  startWorker: (() => WorkerLike) | null,
  limitMs = CHECK_LIMIT_MS,
) {
  let worker: WorkerLike | null = null;
  let nextId = 0;
  const waiting = new Map<
    number,
    {
      resolve: (problems: DataProblem[]) => void;
      failure: CheckFailure;
      timer: ReturnType<typeof setTimeout>;
    }
  >();

  const stop = (reason: 'too-long' | 'crashed') => {
    worker?.terminate();
    worker = null;
    for (const { resolve, failure, timer } of waiting.values()) {
      clearTimeout(timer);
      resolve([{ path: '', message: failure(reason, limitMs / 1000) }]);
    }
    waiting.clear();
  };

  const ensureWorker = (start: () => WorkerLike) => {
    if (worker) return worker;
    const started = start();
    started.onmessage = (event) => {
      const entry = waiting.get(event.data.id);
      if (!entry) return;
      clearTimeout(entry.timer);
      waiting.delete(event.data.id);
      entry.resolve(event.data.problems);
    };
    started.onerror = (event) => {
      event.preventDefault();
      stop('crashed');
    };
    worker = started;
    return started;
  };

  return function check(
    debate: Debate,
    source: string,
    failure: CheckFailure,
  ): Promise<DataProblem[]> {
    if (!startWorker) {
      const result = parseDebate(debate, source);
      return Promise.resolve(result.ok ? [] : result.problems);
    }
    const id = nextId++;
    const target = ensureWorker(startWorker);
    return new Promise((resolve) => {
      const timer = setTimeout(() => stop('too-long'), limitMs);
      waiting.set(id, { resolve, failure, timer });
      target.postMessage({ id, debate, source } satisfies CheckRequest);
    });
  };
}

// The site's CSP demands Trusted Types for script URLs, and allows one policy for this: it
// passes the checks' own worker and nothing else.
const POLICY = 'studio-worker';
type ScriptUrlPolicy = { createScriptURL(input: string): unknown };
type TrustedTypes = {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
};
let policy: ScriptUrlPolicy | null = null;

function workerScript(): string {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!trustedTypes) return checkWorkerUrl;
  policy ??= trustedTypes.createPolicy(POLICY, {
    createScriptURL: (input) => {
      if (input !== checkWorkerUrl) throw new TypeError(`${POLICY} does not start ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL, which Worker takes where TypeScript's DOM types say string.
  return policy.createScriptURL(checkWorkerUrl) as string;
}

const startCheckWorker =
  typeof Worker === 'undefined' ? null : () => new Worker(workerScript(), { type: 'module' });

let shared: ReturnType<typeof createDraftChecker> | null = null;

/**
 * The draft's problems, checked off the main thread. The studio calls it debounced, after
 * typing pauses, never on the keystroke itself.
 */
export function checkDraft(
  debate: Debate,
  source: string,
  failure: CheckFailure,
): Promise<DataProblem[]> {
  shared ??= createDraftChecker(startCheckWorker);
  return shared(debate, source, failure);
}
