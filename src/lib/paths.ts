import { DEFAULT_READING, type Reading } from './reading';

/** The id of a point's card on /compare, the fragment that links to it. */
export const pointAnchor = (pointId: string) => `point-${pointId}`;

// Every URL the app links to, in one place. These routes are a public contract:
// links people share must keep working.
export const paths = {
  overview: () => '/',
  topic: (topicId: string) => `/topics/${encodeURIComponent(topicId)}`,
  stance: (topicId: string, speakerId: string) =>
    `/topics/${encodeURIComponent(topicId)}/${encodeURIComponent(speakerId)}`,
  speaker: (speakerId: string) => `/speakers/${encodeURIComponent(speakerId)}`,
  source: () => '/source',
  sourceQuote: (quoteId: string) => `/source#${encodeURIComponent(quoteId)}`,
  about: () => '/about',
  /** The editors' studio: not a reader page, so not in debatePaths or the sitemap. */
  studio: () => '/studio',
  /** The points where the speakers agree and differ; all topics, or one topic's. */
  compare: (topicId?: string) =>
    topicId === undefined ? '/compare' : `/compare/${encodeURIComponent(topicId)}`,
  comparePoint: (topicId: string, pointId: string) =>
    `/compare/${encodeURIComponent(topicId)}#${encodeURIComponent(pointAnchor(pointId))}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  /**
   * A page's share image (og:image) in `reading`, written by the build beside the pages:
   * /og/topics/x.png for the default reading (where they have always been), /og/en/topics/x.png.
   */
  shareImage: (pagePath: string, reading: Reading) =>
    `/og${reading === DEFAULT_READING ? '' : `/${reading}`}${pagePath === '/' ? '/overview' : pagePath}.png`,
} as const;

interface DebateIds {
  topics: readonly { id: string }[];
  speakers: readonly { id: string }[];
}

/**
 * Every page of a debate: the overview, each topic, stance and speaker, the comparison (all
 * topics and each one), the source and the method.
 */
export function debatePaths({ topics, speakers }: DebateIds): string[] {
  return [
    paths.overview(),
    ...topics.map((t) => paths.topic(t.id)),
    ...topics.flatMap((t) => speakers.map((s) => paths.stance(t.id, s.id))),
    ...speakers.map((s) => paths.speaker(s.id)),
    paths.compare(),
    ...topics.map((t) => paths.compare(t.id)),
    paths.source(),
    paths.about(),
  ];
}

/**
 * A page's path as an absolute URL under the site's public root (`siteUrl` ends with `/` and
 * may carry a base path: `https://example.org/debate/`).
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

/**
 * A matrix link's path with the matrix's row order, so following it keeps the reader's
 * order (`?order=disagreement`); the article's order is the default and adds nothing.
 */
export function withRowOrder(path: string, order: string): string {
  return order === 'article' ? path : `${path}?order=${encodeURIComponent(order)}`;
}
