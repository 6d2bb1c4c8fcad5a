// Every page of the bundled debate, for prerendering.
import { readFileSync } from 'node:fs';
import { debatePaths, paths } from '../src/lib/paths.ts';

export function bundledRoutePaths(): string[] {
  const url = new URL('../data/debates/future-talk-deepseek/debate.json', import.meta.url);
  // The search page is prerendered too (empty), so /search?q=… works on a static host.
  return [...debatePaths(JSON.parse(readFileSync(url, 'utf8'))), paths.search()];
}
