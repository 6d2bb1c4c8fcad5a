// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Debate } from '@/model/debate-schema';
import { createDraftChecker, type CheckRequest, type CheckResponse } from './check-draft';

/** A worker that answers only when told to, or crashes. */
class FakeWorker {
  onmessage: ((event: MessageEvent<CheckResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: CheckRequest[] = [];
  terminated = false;
  postMessage(request: CheckRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, problems: CheckResponse['problems']) {
    this.onmessage?.({ data: { id, problems } } as MessageEvent<CheckResponse>);
  }
  crash() {
    this.onerror?.(new ErrorEvent('error', { message: 'out of memory', cancelable: true }));
  }
}

const debate = { id: 'draft' } as Debate;
const failure = (reason: string, seconds: number) => `${reason} after ${seconds} s`;

function setUp() {
  const workers: FakeWorker[] = [];
  const check = createDraftChecker(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, 2_000);
  return { workers, check };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('checking a draft in a worker', () => {
  it('gives each check the problems the worker found for it', async () => {
    const { workers, check } = setUp();
    const first = check(debate, 'a', failure);
    const second = check(debate, 'b', failure);
    const [worker] = workers;
    expect(worker?.received.map((r) => r.source)).toEqual(['a', 'b']);
    worker?.answer(worker.received[1]!.id, [{ path: 'title', message: 'missing' }]);
    worker?.answer(worker.received[0]!.id, []);
    await expect(first).resolves.toEqual([]);
    await expect(second).resolves.toEqual([{ path: 'title', message: 'missing' }]);
    expect(workers).toHaveLength(1);
  });

  it('stops a check that runs too long, says so, and starts a new worker for the next', async () => {
    vi.useFakeTimers();
    const { workers, check } = setUp();
    const stuck = check(debate, 'a', failure);
    vi.advanceTimersByTime(2_000);
    await expect(stuck).resolves.toEqual([{ path: '', message: 'too-long after 2 s' }]);
    expect(workers[0]?.terminated).toBe(true);

    const next = check(debate, 'b', failure);
    expect(workers).toHaveLength(2);
    workers[1]?.answer(workers[1].received[0]!.id, []);
    await expect(next).resolves.toEqual([]);
  });

  it('reports a crashed worker as a problem, not an exception', async () => {
    const { workers, check } = setUp();
    const crashed = check(debate, 'a', failure);
    workers[0]?.crash();
    await expect(crashed).resolves.toEqual([{ path: '', message: 'crashed after 2 s' }]);
  });
});
