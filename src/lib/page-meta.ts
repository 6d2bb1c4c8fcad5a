import { findSpeaker, findStance, findTopic, pointsOfTopic } from '@/model/debate-queries';
import { relationCounts, SECTION_ORDER } from '@/model/point-sections';
import { clipText, joinSentences } from './clip-text';
import type { PageWords } from './page-words';
import { absoluteUrl, paths } from './paths';
import { placePath, readings, readingPath, readingTag, type Reading } from './reading';
import { SHARE_IMAGE_SIZE, type ShareImage } from './share-image';

// Each page's <title>, description, Open Graph and Twitter card tags, canonical link and
// alternates in the other readings, which the prerendered HTML carries before any script
// runs (see ./document-head.ts). All of them are in the page's reading.

/** One tag of a page's head. */
export type HeadTag =
  | { title: string }
  | { name: string; content: string }
  | { property: string; content: string }
  | { tagName: 'link'; rel: string; href: string; hreflang?: string };

interface Page {
  /** What the page is, without the site's name (og:title, twitter:title). */
  headline: string;
  description: string;
  /** The page's own path in the app, without any base path or reading. */
  path: string;
  /** The page's share image, drawn when the site is built (scripts/share-image/). */
  image?: ShareImage | undefined;
}

// Open Graph wants a language_TERRITORY locale: Traditional as written in Taiwan, Simplified
// as in mainland China.
const OG_LOCALES: Record<Reading, string> = { 'zh-hant': 'zh_TW', 'zh-hans': 'zh_CN', en: 'en_US' };

/**
 * The share image's tags. Crawlers ignore an og:image that is not an absolute URL, so like
 * og:url they need the public origin; without it the card stays a small one.
 */
function imageTags(image: ShareImage | undefined, siteUrl: string | null): HeadTag[] {
  if (!image || !siteUrl) return [{ name: 'twitter:card', content: 'summary' }];
  const url = absoluteUrl(siteUrl, image.path);
  return [
    { property: 'og:image', content: url },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(SHARE_IMAGE_SIZE.width) },
    { property: 'og:image:height', content: String(SHARE_IMAGE_SIZE.height) },
    { property: 'og:image:alt', content: image.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image', content: url },
    { name: 'twitter:image:alt', content: image.alt },
  ];
}

/**
 * The page in every reading, and the default address (x-default), which sends each reader to
 * theirs: every page of the set names all of them, itself included, as search engines ask.
 */
function alternateLinks(siteUrl: string, path: string): HeadTag[] {
  return [
    ...readings.map((reading) => ({
      tagName: 'link' as const,
      rel: 'alternate',
      hreflang: readingTag[reading],
      href: absoluteUrl(siteUrl, readingPath(reading, path)),
    })),
    { tagName: 'link', rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(siteUrl, path) },
  ];
}

function describe(words: PageWords, page: Page, siteUrl: string | null): HeadTag[] {
  const { t, reading } = words;
  const text = clipText(page.description);
  const tags: HeadTag[] = [
    { title: t.pageTitle(page.headline) },
    { name: 'description', content: text },
    { property: 'og:title', content: page.headline },
    { property: 'og:description', content: text },
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: t.siteName },
    { property: 'og:locale', content: OG_LOCALES[reading] },
    ...readings
      .filter((other) => other !== reading)
      .map((other) => ({ property: 'og:locale:alternate', content: OG_LOCALES[other] })),
    ...imageTags(page.image, siteUrl),
    { name: 'twitter:title', content: page.headline },
    { name: 'twitter:description', content: text },
  ];
  // Absolute URLs only when the build knows the public origin (see scripts/site-config.ts).
  if (!siteUrl) return tags;
  const url = absoluteUrl(siteUrl, placePath(words, page.path));
  return [
    ...tags,
    { property: 'og:url', content: url },
    { tagName: 'link', rel: 'canonical', href: url },
    ...alternateLinks(siteUrl, page.path),
  ];
}

/**
 * The page builders for a site served at `siteUrl` (null: origin unknown). Each takes the
 * page's words (its reading's debate and catalogue); `image` is the page's share image, and
 * the pages without one of their own show the site's (the overview's).
 */
export function pageMetaFor(siteUrl: string | null) {
  const notFound = ({ t }: PageWords): HeadTag[] => [
    { title: t.pageTitle(t.notFoundTitle) },
    // Any URL can land here (the static host's 404 page): none of them belongs in an index.
    { name: 'robots', content: 'noindex' },
  ];
  const page = (words: PageWords, content: Page) => describe(words, content, siteUrl);
  return {
    overview: (words: PageWords, image?: ShareImage) =>
      page(words, {
        headline: words.debate.title,
        description: joinSentences([words.debate.title, words.t.siteDescription], words.t.sentence),
        path: paths.overview(),
        image,
      }),
    topic: (words: PageWords, topicId: string | undefined, image?: ShareImage) => {
      const { debate, t, nameOf } = words;
      const topic = findTopic(debate, topicId);
      if (!topic) return notFound(words);
      const labels = debate.speakers.flatMap((s) => {
        const stance = findStance(debate, topic.id, s.id);
        return stance ? [`${nameOf(s)}${t.colon}${stance.label}`] : [];
      });
      return page(words, {
        headline: t.topicStances(topic.heading, t.joinNames(debate.speakers.map(nameOf))),
        description: joinSentences([topic.question, labels.join(t.clauseSeparator)], t.sentence),
        path: paths.topic(topic.id),
        image,
      });
    },
    stance: (
      words: PageWords,
      topicId: string | undefined,
      speakerId: string | undefined,
      image?: ShareImage,
    ) => {
      const { debate, t, nameOf } = words;
      const topic = findTopic(debate, topicId);
      const speaker = findSpeaker(debate, speakerId);
      const stance = topic && speaker && findStance(debate, topic.id, speaker.id);
      if (!topic || !speaker || !stance) return notFound(words);
      return page(words, {
        headline: `${t.stanceOf(nameOf(speaker), topic.heading)}${t.colon}${stance.label}`,
        description: joinSentences([stance.label, stance.summary], t.sentence),
        path: paths.stance(topic.id, speaker.id),
        image,
      });
    },
    speaker: (words: PageWords, speakerId: string | undefined, image?: ShareImage) => {
      const { debate, t, nameOf } = words;
      const speaker = findSpeaker(debate, speakerId);
      if (!speaker) return notFound(words);
      const labels = debate.topics.flatMap(
        (topic) => findStance(debate, topic.id, speaker.id)?.label ?? [],
      );
      return page(words, {
        headline: t.allStancesOf(nameOf(speaker)),
        description: joinSentences(
          [speaker.introduction, labels.join(t.clauseSeparator)],
          t.sentence,
        ),
        path: paths.speaker(speaker.id),
        image,
      });
    },
    source: (words: PageWords, image?: ShareImage) =>
      page(words, {
        headline: `${words.t.sourceTitle}${words.t.colon}${words.debate.title}`,
        description: words.t.sourceDescription(words.debate.title),
        path: paths.source(),
        image,
      }),
    compare: (words: PageWords, topicId: string | undefined, image?: ShareImage) => {
      const { debate, t } = words;
      const topic = topicId === undefined ? undefined : findTopic(debate, topicId);
      if (topicId !== undefined && !topic) return notFound(words);
      const points = topic ? pointsOfTopic(debate, topic.id) : (debate.points ?? []);
      const perRelation = relationCounts(points);
      const counts = SECTION_ORDER.map((relation) =>
        t.compare.countOf(t.pointRelations[relation], perRelation[relation]),
      );
      return page(words, {
        headline: `${t.compare.title}${t.colon}${topic ? topic.heading : debate.title}`,
        description: joinSentences(
          [
            t.compare.description(debate.title),
            points.length > 0
              ? t.compare.counts(points.length, counts.join(t.listSeparator))
              : t.compare.noPoints,
          ],
          t.sentence,
        ),
        path: paths.compare(topic?.id),
        image,
      });
    },
    about: (words: PageWords, image?: ShareImage) =>
      page(words, {
        headline: words.t.aboutTitle,
        description: words.t.aboutDescription,
        path: paths.about(),
        image,
      }),
    search: (words: PageWords, image?: ShareImage) =>
      page(words, {
        headline: words.t.searchHeading,
        description: words.t.searchPrompt,
        path: paths.search(),
        image,
      }),
    // The editors' studio is a tool, not a page of the debate: kept out of search indexes.
    studio: ({ t }: PageWords): HeadTag[] => [
      { title: t.pageTitle(t.studioTitle) },
      { name: 'robots', content: 'noindex' },
    ],
    notFound,
  };
}

/**
 * The builders for this build: SITE_URL (see vite.config.ts) is the public root URL, or ''
 * when the build was not told where it will be served.
 */
export const pageMeta = pageMetaFor(import.meta.env.SITE_URL || null);
