// The studio's checks, off the main thread: a large draft takes a while to check, and the
// editor keeps typing meanwhile.
import { parseDebate } from '@/model/parse-debate';
import type { CheckRequest, CheckResponse } from './check-draft';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, debate, source } = event.data;
  const result = parseDebate(debate, source);
  const response: CheckResponse = { id, problems: result.ok ? [] : result.problems };
  self.postMessage(response);
};
