// Every page of the debate the site is built for (DEBATE, see site-config.ts), for prerendering.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { debatePaths, paths } from '../src/lib/paths.ts';
import { siteConfig } from './site-config.ts';

export function bundledRoutePaths(folder = siteConfig().debateFolder): string[] {
  const json = readFileSync(path.join(folder, 'debate.json'), 'utf8');
  // The search page is prerendered too (empty), so /search?q=… works on a static host.
  return [...debatePaths(JSON.parse(json)), paths.search()];
}
