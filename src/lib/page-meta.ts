import type { Debate } from '@/model/debate-schema';
import { findSpeaker, findStance, findTopic, pointsOfTopic } from '@/model/debate-queries';
import { relationCounts, SECTION_ORDER } from '@/model/point-sections';
import { clipText, joinSentences } from './clip-text';
import { absoluteUrl, paths } from './paths';
import { SHARE_IMAGE_SIZE, type ShareImage } from './share-image';
// Meta tags are prerendered, so they are in the source's language and script.
import { messagesZhHant as uiText } from './i18n/messages-zh-hant';

/** 「甲」「甲與乙」「甲、乙與丙」: any number of speakers, as Chinese lists them. */
export const joinNames = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join('、')}與${names.at(-1)}`;

// Each page's <title>, description, Open Graph and Twitter card tags and canonical link, which
// the prerendered HTML carries before any script runs (see ./document-head.ts).

/** One tag of a page's head. */
export type HeadTag =
  | { title: string }
  | { name: string; content: string }
  | { property: string; content: string }
  | { tagName: 'link'; rel: string; href: string };

interface Page {
  /** What the page is, without the site's name (og:title, twitter:title). */
  headline: string;
  description: string;
  /** The page's own path in the app, without any base path. */
  path: string;
  /** The page's share image, drawn when the site is built (scripts/share-image/). */
  image?: ShareImage | undefined;
}

const withSite = (headline: string) => `${headline}｜${uiText.siteName}`;

// The bundled debate is in Traditional Chinese as written in Taiwan; Open Graph wants a
// language_TERRITORY locale.
const OG_LOCALE = 'zh_TW';

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

function describe({ headline, description, path, image }: Page, siteUrl: string | null): HeadTag[] {
  const text = clipText(description);
  const tags: HeadTag[] = [
    { title: withSite(headline) },
    { name: 'description', content: text },
    { property: 'og:title', content: headline },
    { property: 'og:description', content: text },
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: uiText.siteName },
    { property: 'og:locale', content: OG_LOCALE },
    ...imageTags(image, siteUrl),
    { name: 'twitter:title', content: headline },
    { name: 'twitter:description', content: text },
  ];
  // Absolute URLs only when the build knows the public origin (see scripts/site-config.ts).
  if (!siteUrl) return tags;
  const url = absoluteUrl(siteUrl, path);
  return [
    ...tags,
    { property: 'og:url', content: url },
    { tagName: 'link', rel: 'canonical', href: url },
  ];
}

/**
 * The page builders for a site served at `siteUrl` (null: origin unknown). `image` is the
 * page's share image; the pages without one of their own show the site's (the overview's).
 */
export function pageMetaFor(siteUrl: string | null) {
  const notFound = (): HeadTag[] => [
    { title: withSite(uiText.notFoundTitle) },
    // Any URL can land here (the static host's 404 page): none of them belongs in an index.
    { name: 'robots', content: 'noindex' },
  ];
  return {
    overview: (debate: Debate, image?: ShareImage) =>
      describe(
        {
          headline: debate.title,
          description: joinSentences(debate.title, uiText.siteDescription),
          path: paths.overview(),
          image,
        },
        siteUrl,
      ),
    topic: (debate: Debate, topicId: string | undefined, image?: ShareImage) => {
      const topic = findTopic(debate, topicId);
      if (!topic) return notFound();
      const speakers = debate.speakers;
      const labels = speakers.flatMap((s) => {
        const stance = findStance(debate, topic.id, s.id);
        return stance ? [`${s.name.hant}：${stance.label}`] : [];
      });
      return describe(
        {
          headline: `${topic.heading}：${joinNames(speakers.map((s) => s.name.hant))}的立場`,
          description: joinSentences(topic.question, labels.join('；')),
          path: paths.topic(topic.id),
          image,
        },
        siteUrl,
      );
    },
    stance: (
      debate: Debate,
      topicId: string | undefined,
      speakerId: string | undefined,
      image?: ShareImage,
    ) => {
      const topic = findTopic(debate, topicId);
      const speaker = findSpeaker(debate, speakerId);
      const stance = topic && speaker && findStance(debate, topic.id, speaker.id);
      if (!topic || !speaker || !stance) return notFound();
      return describe(
        {
          headline: `${uiText.stanceOf(speaker.name.hant, topic.heading)}：${stance.label}`,
          description: joinSentences(stance.label, stance.summary),
          path: paths.stance(topic.id, speaker.id),
          image,
        },
        siteUrl,
      );
    },
    speaker: (debate: Debate, speakerId: string | undefined, image?: ShareImage) => {
      const speaker = findSpeaker(debate, speakerId);
      if (!speaker) return notFound();
      const labels = debate.topics.flatMap(
        (t) => findStance(debate, t.id, speaker.id)?.label ?? [],
      );
      return describe(
        {
          headline: uiText.allStancesOf(speaker.name.hant),
          description: joinSentences(speaker.introduction, labels.join('；')),
          path: paths.speaker(speaker.id),
          image,
        },
        siteUrl,
      );
    },
    source: (debate: Debate, image?: ShareImage) =>
      describe(
        {
          headline: `${uiText.sourceTitle}：${debate.title}`,
          description: uiText.sourceDescription(debate.title),
          path: paths.source(),
          image,
        },
        siteUrl,
      ),
    compare: (debate: Debate, topicId: string | undefined, image?: ShareImage) => {
      const topic = topicId === undefined ? undefined : findTopic(debate, topicId);
      if (topicId !== undefined && !topic) return notFound();
      const points = topic ? pointsOfTopic(debate, topic.id) : (debate.points ?? []);
      const perRelation = relationCounts(points);
      const counts = SECTION_ORDER.map((relation) =>
        uiText.compare.countOf(uiText.pointRelations[relation], perRelation[relation]),
      );
      return describe(
        {
          headline: `${uiText.compare.title}：${topic ? topic.heading : debate.title}`,
          description: joinSentences(
            uiText.compare.description(debate.title),
            points.length > 0
              ? uiText.compare.counts(points.length, counts.join(uiText.listSeparator))
              : uiText.compare.noPoints,
          ),
          path: paths.compare(topic?.id),
          image,
        },
        siteUrl,
      );
    },
    about: (image?: ShareImage) =>
      describe(
        {
          headline: uiText.aboutTitle,
          description: uiText.aboutDescription,
          path: paths.about(),
          image,
        },
        siteUrl,
      ),
    search: (image?: ShareImage) =>
      describe(
        {
          headline: uiText.searchHeading,
          description: uiText.searchPrompt,
          path: paths.search(),
          image,
        },
        siteUrl,
      ),
    // The editors' studio is a tool, not a page of the debate: kept out of search indexes.
    studio: (): HeadTag[] => [
      { title: withSite(uiText.studioTitle) },
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
