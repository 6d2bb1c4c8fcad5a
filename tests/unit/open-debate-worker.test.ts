// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureSource, generated, hugeMarkupTitle } from '../hostile/hostile-debates';
import { PART_SIZE } from '@/features/open-debate/debate-parts';
import type { Debate } from '@/model/debate-schema';
import { runInWorker, type WorkerFactory } from '@/features/open-debate/debate-worker-client';
import { handleWorkerRequest } from '@/features/open-debate/handle-worker-request';
import type {
  DebateStore,
  WorkerRequest,
  WorkerResponse,
} from '@/features/open-debate/worker-protocol';

function memoryStore(): DebateStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, value),
    del: async (key) => void data.delete(key),
    entries: async () => [...data.entries()],
  };
}

const files = (json: string, source: string) => [
  new File([json], 'debate.json'),
  new File([source], 'source.txt'),
];

async function ask(request: WorkerRequest, store: DebateStore = memoryStore()) {
  const said: WorkerResponse[] = [];
  await handleWorkerRequest(request, (response) => said.push(response), store);
  return said;
}

describe('the open-debate worker', () => {
  it('opens a debate, keeps it, and opens it again after a reload', async () => {
    const store = memoryStore();
    const said = await ask(
      { type: 'open', files: files(fixtureJson, fixtureSource), locale: 'en', keepAs: 'k' },
      store,
    );
    expect(said.at(-1)).toMatchObject({ type: 'opened', kept: true, result: { ok: true } });
    expect(store.data.has('k')).toBe(true);
    expect((await ask({ type: 'reopen', key: 'k' }, store)).at(-1)).toMatchObject({
      type: 'opened',
      result: { ok: true, name: 'debate.json' },
    });
    await ask({ type: 'forget', key: 'k' }, store);
    expect(store.data.has('k')).toBe(false);
  });

  it('says when the debate could not be kept', async () => {
    const full = { ...memoryStore(), set: () => Promise.reject(new Error('QuotaExceededError')) };
    const said = await ask(
      { type: 'open', files: files(fixtureJson, fixtureSource), locale: 'en', keepAs: 'k' },
      full,
    );
    expect(said.at(-1)).toMatchObject({ type: 'opened', kept: false, result: { ok: true } });
  });

  it('answers in the language asked for, saying what was expected', async () => {
    const broken = JSON.stringify({ ...JSON.parse(fixtureJson), id: 3 });
    const said = await ask({
      type: 'open',
      files: files(broken, fixtureSource),
      locale: 'zh-Hans',
      keepAs: 'k',
    });
    expect(said.at(-1)).toMatchObject({
      type: 'opened',
      result: { ok: false, problems: ['debate.json: 这场辩论：代号应为文本。'] },
    });
  });

  it('names the cap a huge markup-like title crosses', async () => {
    const { json, source } = hugeMarkupTitle();
    const said = await ask({ type: 'open', files: files(json, source), locale: 'en', keepAs: 'k' });
    expect(said.at(-1)).toMatchObject({
      result: {
        ok: false,
        problems: [
          'debate.json: The debate: the title is too long: at most 300 characters; shorten it.',
        ],
      },
    });
  });

  it('converts an opened debate and a source to Simplified', async () => {
    const said = await ask({ type: 'simplify-source', source: '開源與閉源' });
    expect(said).toEqual([{ type: 'simplified-source', source: '开源与闭源' }]);
  });
});

/** A stand-in for a Worker that runs the handler in this thread. */
function inThread(
  store: DebateStore = memoryStore(),
): WorkerFactory & { terminated: () => boolean } {
  let terminated = false;
  const factory = () => {
    const worker = {
      onmessage: null as ((event: MessageEvent<WorkerResponse>) => void) | null,
      onerror: null,
      postMessage: (request: WorkerRequest) =>
        void handleWorkerRequest(
          request,
          (response) => {
            if (!terminated) worker.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
          },
          store,
        ),
      terminate: () => void (terminated = true),
    };
    return worker as unknown as Worker;
  };
  return Object.assign(factory, { terminated: () => terminated });
}

describe('runInWorker', () => {
  it('ends the worker once it answers', async () => {
    const worker = inThread();
    const task = runInWorker({ type: 'simplify-source', source: '開源' }, () => {}, worker);
    await expect(task.answer).resolves.toEqual({ type: 'simplified-source', source: '开源' });
    expect(worker.terminated()).toBe(true);
  });

  it('sends a large debate in parts and gives the page the whole of it, in order', async () => {
    const { json, source } = generated(20, 60);
    const sent = JSON.parse(json) as Debate;
    expect(sent.stances.length).toBeGreaterThan(PART_SIZE);
    const said = await ask({ type: 'open', files: files(json, source), locale: 'en', keepAs: 'k' });
    const parts = said.filter((response) => response.type === 'part');
    expect(parts.length).toBe(Math.ceil(sent.stances.length / PART_SIZE));
    expect(said.at(-1)).toMatchObject({ result: { ok: true, debate: { stances: [] } } });

    const task = runInWorker(
      { type: 'open', files: files(json, source), locale: 'en', keepAs: 'k' },
      () => {},
      inThread(),
    );
    const answer = await task.answer;
    if (answer.type !== 'opened' || !answer.result.ok) throw new Error(answer.type);
    expect(answer.result.debate.stances.map((s) => [s.topicId, s.speakerId])).toEqual(
      sent.stances.map((s) => [s.topicId, s.speakerId]),
    );
    expect(answer.result.debate.relations).toHaveLength(sent.relations.length);
  });

  it('cancels: the worker ends and the answer says so', async () => {
    const worker = inThread();
    const task = runInWorker(
      { type: 'open', files: files(fixtureJson, fixtureSource), locale: 'en', keepAs: 'k' },
      () => {},
      worker,
    );
    task.cancel();
    await expect(task.answer).resolves.toEqual({ type: 'cancelled' });
    expect(worker.terminated()).toBe(true);
  });
});
