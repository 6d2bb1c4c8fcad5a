// Every URL of the bundled debate, for prerendering (and later the sitemap).
import { readFileSync } from 'node:fs';
import { paths } from '../src/lib/paths.ts';

interface IdsOnly {
  topics: { id: string }[];
  speakers: { id: string }[];
}

export function bundledRoutePaths(): string[] {
  const url = new URL('../data/debates/future-talk-deepseek/debate.json', import.meta.url);
  const { topics, speakers } = JSON.parse(readFileSync(url, 'utf8')) as IdsOnly;
  return [
    paths.overview(),
    ...topics.map((t) => paths.topic(t.id)),
    ...topics.flatMap((t) => speakers.map((s) => paths.stance(t.id, s.id))),
    ...speakers.map((s) => paths.speaker(s.id)),
  ];
}
