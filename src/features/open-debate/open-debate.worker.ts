/// <reference lib="webworker" />
// The open-debate worker: reading, checking, anchoring and converting an opened debate run
// here, off the page's main thread (src/features/open-debate/debate-worker-client.ts).
import { del, entries, get, set } from 'idb-keyval';
import { handleWorkerRequest } from './handle-worker-request';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void handleWorkerRequest(event.data, (response: WorkerResponse) => scope.postMessage(response), {
    get,
    set,
    del,
    entries,
  });
};
