import type { Debate, Quote, Speaker, Stance, Topic } from '@/model/debate-schema';
import { findRelation, findSpeaker, findStance, findTopic } from '@/model/debate-queries';
import { scriptTag } from './i18n/locale';
import type { PageWords } from './page-words';
import { paths } from './paths';
import { readingScript, readingTag } from './reading';

// schema.org JSON-LD for the prerendered stance and topic pages, in the page's reading like
// the rest of the prerendered head (./page-meta.ts). Only the build writes
// it: the page's head names it with `data-page-head`, so moving to another page in the app
// removes it rather than leave a description of the page before; each URL, fetched as a
// crawler fetches it, carries its own.
//
// - A quote is a `Quotation`: its exact words, its speaker as the `creator` (a `Person`), and
//   the article as `isBasedOn` (a `NewsArticle`, with the date only as the data knows it).
// - A stance is a `CreativeWork` whose `citation`s are its quotes: its label and summary are
//   the editors' words about the speaker's view, not the speaker's, so it is no Quotation.
// - A topic page is an `ItemList` of the speakers' stances, in the order the page shows them.

export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | JsonLd | JsonValue[];

const CONTEXT = 'https://schema.org';
/** The article's own language: it was written in Traditional Chinese. */
const SOURCE_LANGUAGE = 'zh-Hant';

/** Turns an app path into the URL the data names: absolute when the public root is known. */
export type UrlOf = (path: string) => string;

/** One value, or the list of several. */
const oneOrMore = (values: JsonValue[]): JsonValue =>
  values.length === 1 && values[0] !== undefined ? values[0] : values;

function person(words: PageWords, speaker: Speaker): JsonLd {
  const organizations = [...new Set(speaker.roles.flatMap((r) => r.organization ?? []))];
  return {
    '@type': 'Person',
    name: words.nameOf(speaker),
    jobTitle: oneOrMore(speaker.roles.map((r) => r.title)),
    ...(organizations.length > 0 && {
      affiliation: oneOrMore(organizations.map((name) => ({ '@type': 'Organization', name }))),
    }),
  };
}

/** The source article. It gives no date of its own: `dateline` says what the data knows. */
function article(debate: Debate): JsonLd {
  return {
    '@type': 'NewsArticle',
    headline: debate.title,
    inLanguage: SOURCE_LANGUAGE,
    publisher: { '@type': 'Organization', name: debate.outlet },
    author: { '@type': 'Person', name: debate.author },
    contributor: { '@type': 'Person', name: debate.interviewer },
    isPartOf: { '@type': 'CreativeWorkSeries', name: debate.programme },
    dateline: debate.published.period,
  };
}

function quotation(words: PageWords, speaker: Speaker, stanceUrl: string, quote: Quote): JsonLd {
  const { t, reading } = words;
  const url = `${stanceUrl}#${encodeURIComponent(quote.id)}`;
  return {
    '@type': 'Quotation',
    '@id': url,
    url,
    // The words as the page shows them: the original's, in Simplified characters for that reading.
    text: quote.quote.exact,
    inLanguage: scriptTag(readingScript(reading)),
    // Direct speech or the author's report of it, named or inferred, as the page's badges say.
    description: `${t.quoteKindHelp[quote.kind]}${t.clauseSeparator}${t.attributionHelp[quote.attribution]}`,
    creator: person(words, speaker),
    isBasedOn: article(words.debate),
  };
}

function stanceWork(
  words: PageWords,
  topic: Topic,
  speaker: Speaker,
  stance: Stance,
  urlOf: UrlOf,
): JsonLd {
  const { t, nameOf, reading } = words;
  const url = urlOf(paths.stance(topic.id, speaker.id));
  return {
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: `${t.stanceOf(nameOf(speaker), topic.heading)}${t.colon}${stance.label}`,
    abstract: stance.summary,
    inLanguage: readingTag[reading],
    citation: stance.quotes.map((quote) => quotation(words, speaker, url, quote)),
  };
}

export function stanceStructuredData(
  words: PageWords,
  topicId: string | undefined,
  speakerId: string | undefined,
  urlOf: UrlOf,
): JsonLd | undefined {
  const { debate } = words;
  const topic = findTopic(debate, topicId);
  const speaker = findSpeaker(debate, speakerId);
  const stance = topic && speaker && findStance(debate, topic.id, speaker.id);
  if (!topic || !speaker || !stance) return undefined;
  return { '@context': CONTEXT, ...stanceWork(words, topic, speaker, stance, urlOf) };
}

export function topicStructuredData(
  words: PageWords,
  topicId: string | undefined,
  urlOf: UrlOf,
): JsonLd | undefined {
  const { debate, t } = words;
  const topic = findTopic(debate, topicId);
  if (!topic) return undefined;
  const stances = debate.speakers.flatMap((speaker) => {
    const stance = findStance(debate, topic.id, speaker.id);
    return stance ? [stanceWork(words, topic, speaker, stance, urlOf)] : [];
  });
  const relation = findRelation(
    debate,
    topic.id,
    debate.speakers.map((s) => s.id),
  );
  const url = urlOf(paths.topic(topic.id));
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    '@id': url,
    url,
    name: `${topic.heading}${t.colon}${topic.question}`,
    ...(relation && { description: relation.why }),
    numberOfItems: stances.length,
    itemListElement: stances.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
  };
}

/**
 * The data as the body of a `<script type="application/ld+json">`: `<`, `>` and `&` are
 * escaped, so no text can end the element or open a comment in it.
 */
export function jsonLdScript(data: JsonLd): string {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/ld+json" data-page-head>${json}</script>`;
}
