import type { Debate, Quote, Speaker, Stance, Topic } from '@/model/debate-schema';
import { findRelation, findSpeaker, findStance, findTopic } from '@/model/debate-queries';
import { messagesZhHant as uiText } from './i18n/messages-zh-hant';
import { paths } from './paths';

// schema.org JSON-LD for the prerendered stance and topic pages, in the source's language
// and script like the rest of the prerendered head (./page-meta.ts). Only the build writes
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
const LANGUAGE = 'zh-Hant';

/** Turns an app path into the URL the data names: absolute when the public root is known. */
export type UrlOf = (path: string) => string;

/** One value, or the list of several. */
const oneOrMore = (values: JsonValue[]): JsonValue =>
  values.length === 1 && values[0] !== undefined ? values[0] : values;

function person(speaker: Speaker): JsonLd {
  const organizations = [...new Set(speaker.roles.flatMap((r) => r.organization ?? []))];
  return {
    '@type': 'Person',
    name: speaker.name.hant,
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
    inLanguage: LANGUAGE,
    publisher: { '@type': 'Organization', name: debate.outlet },
    author: { '@type': 'Person', name: debate.author },
    contributor: { '@type': 'Person', name: debate.interviewer },
    isPartOf: { '@type': 'CreativeWorkSeries', name: debate.programme },
    dateline: debate.published.period,
  };
}

function quotation(debate: Debate, speaker: Speaker, stanceUrl: string, quote: Quote): JsonLd {
  const url = `${stanceUrl}#${encodeURIComponent(quote.id)}`;
  return {
    '@type': 'Quotation',
    '@id': url,
    url,
    text: quote.quote.exact,
    inLanguage: LANGUAGE,
    // Direct speech or the author's report of it, named or inferred, as the page's badges say.
    description: `${uiText.quoteKindHelp[quote.kind]}；${uiText.attributionHelp[quote.attribution]}`,
    creator: person(speaker),
    isBasedOn: article(debate),
  };
}

function stanceWork(
  debate: Debate,
  topic: Topic,
  speaker: Speaker,
  stance: Stance,
  urlOf: UrlOf,
): JsonLd {
  const url = urlOf(paths.stance(topic.id, speaker.id));
  return {
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: `${uiText.stanceOf(speaker.name.hant, topic.heading)}：${stance.label}`,
    abstract: stance.summary,
    inLanguage: LANGUAGE,
    citation: stance.quotes.map((quote) => quotation(debate, speaker, url, quote)),
  };
}

export function stanceStructuredData(
  debate: Debate,
  topicId: string | undefined,
  speakerId: string | undefined,
  urlOf: UrlOf,
): JsonLd | undefined {
  const topic = findTopic(debate, topicId);
  const speaker = findSpeaker(debate, speakerId);
  const stance = topic && speaker && findStance(debate, topic.id, speaker.id);
  if (!topic || !speaker || !stance) return undefined;
  return { '@context': CONTEXT, ...stanceWork(debate, topic, speaker, stance, urlOf) };
}

export function topicStructuredData(
  debate: Debate,
  topicId: string | undefined,
  urlOf: UrlOf,
): JsonLd | undefined {
  const topic = findTopic(debate, topicId);
  if (!topic) return undefined;
  const stances = debate.speakers.flatMap((speaker) => {
    const stance = findStance(debate, topic.id, speaker.id);
    return stance ? [stanceWork(debate, topic, speaker, stance, urlOf)] : [];
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
    name: `${topic.heading}：${topic.question}`,
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
