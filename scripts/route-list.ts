// Every URL of the bundled debate, for prerendering.
import { readFileSync } from 'node:fs';
import { debatePaths } from '../src/lib/paths.ts';

export function bundledRoutePaths(): string[] {
  const url = new URL('../data/debates/future-talk-deepseek/debate.json', import.meta.url);
  return debatePaths(JSON.parse(readFileSync(url, 'utf8')));
}
