import type { Speaker, Stance, Topic } from '@/model/debate-schema';
import { findSpeaker, findStance, findTopic, keyQuote } from '@/model/debate-queries';
import {
  clipText,
  joinSentences,
  quoteExcerpt,
  quotedExcerpt,
  type QuoteExcerpt,
} from '@/lib/clip-text';
import type { PageWords } from '@/lib/page-words';
import { paths } from '@/lib/paths';
import { readingTag } from '@/lib/reading';
import type { ShareImage } from '@/lib/share-image';
import { encodePosition, type PositionEncoding } from '@/ui/position-encoding';
import { roleName } from '@/ui/role-name';

// What each page's share image says, in the page's reading: the build draws it
// (scripts/share-image/), and the page's head names it with the same words as its alt text
// (src/lib/page-meta.ts).

/** One speaker's stance as a card shows it. */
export interface CardStance {
  speaker: string;
  label: string;
  position: PositionEncoding;
}

/** A quote's opening, and whether it is the speaker's words or the author's report of them. */
export interface CardQuote extends QuoteExcerpt {
  kind: string;
  attribution: string;
}

interface CardBase extends ShareImage {
  /** The site and the source, at the foot of every card. */
  footer: string;
  /** The `lang` of the card's words. */
  lang: string;
}

export type OverviewShareCard = CardBase & {
  kind: 'overview';
  title: string;
  speakers: string[];
  rows: OverviewRow[];
};
export type TopicShareCard = CardBase & { kind: 'topic'; topic: Topic; stances: CardStance[] };
export type StanceShareCard = CardBase & {
  kind: 'stance';
  topic: Topic;
  /** The speaker and the stance's label, the card's headline. */
  title: string;
  stance: CardStance;
  quote: CardQuote | undefined;
};
export type SpeakerShareCard = CardBase & {
  kind: 'speaker';
  speaker: string;
  /** The speaker's roles, as one line. */
  roles: string;
  rows: SpeakerRow[];
};
export type ShareCard = OverviewShareCard | TopicShareCard | StanceShareCard | SpeakerShareCard;

interface OverviewRow {
  topic: string;
  /** In the order of the card's speakers; undefined where a speaker has no stance. */
  stances: (CardStance | undefined)[];
}

interface SpeakerRow {
  topic: string;
  stance: CardStance;
}

/** The longest quote opening a card shows, in characters: three lines of the card's quote. */
const QUOTE_EXCERPT_LENGTH = 66;
/** Twitter reads at most 420 characters of an image's alt text. */
const ALT_LENGTH = 420;

const cardStance = (
  { t, nameOf }: PageWords,
  speaker: Speaker,
  stance: Stance,
  topic: Topic,
): CardStance => ({
  speaker: nameOf(speaker),
  label: stance.label,
  position: encodePosition(stance.position, topic, t),
});

const stanceWords = ({ t }: PageWords, { speaker, label, position }: CardStance) =>
  `${speaker}${t.colon}${label}${t.parenthetical(position.description)}`;

/** What every card shares: the footer, its words' language, and where the image is. */
function cardBase({ t, debate, reading }: PageWords, pagePath: string) {
  return {
    path: paths.shareImage(pagePath, reading),
    footer: `${t.siteName} · ${t.source}${t.colon}${debate.outlet} ${debate.column} ${debate.programme}`,
    lang: readingTag[reading],
  };
}

const withAlt = <Card extends Omit<ShareCard, 'alt'>>(
  card: Card,
  alt: string,
): Card & ShareImage => ({
  ...card,
  alt: clipText(alt, ALT_LENGTH),
});

function overviewCard(words: PageWords): OverviewShareCard {
  const { debate, t, nameOf } = words;
  const rows = debate.topics.map((topic) => ({
    topic: topic.heading,
    stances: debate.speakers.map((speaker) => {
      const stance = findStance(debate, topic.id, speaker.id);
      return stance && cardStance(words, speaker, stance, topic);
    }),
  }));
  const rowWords = rows.map(
    (row) =>
      `${row.topic}${t.colon}${row.stances.flatMap((s) => (s ? [t.labelOf(s.speaker, s.label)] : [])).join(t.listSeparator)}`,
  );
  return withAlt(
    {
      kind: 'overview',
      ...cardBase(words, paths.overview()),
      title: debate.title,
      speakers: debate.speakers.map(nameOf),
      rows,
    },
    joinSentences([debate.title, rowWords.join(t.clauseSeparator)], t.sentence),
  );
}

function topicCard(words: PageWords, topic: Topic): TopicShareCard {
  const { debate, t } = words;
  const stances = debate.speakers.flatMap((speaker) => {
    const stance = findStance(debate, topic.id, speaker.id);
    return stance ? [cardStance(words, speaker, stance, topic)] : [];
  });
  return withAlt(
    { kind: 'topic', ...cardBase(words, paths.topic(topic.id)), topic, stances },
    joinSentences(
      [
        `${topic.heading}${t.colon}${topic.question}`,
        stances.map((s) => stanceWords(words, s)).join(t.clauseSeparator),
      ],
      t.sentence,
    ),
  );
}

export function stanceCard(
  words: PageWords,
  topic: Topic,
  speaker: Speaker,
  stance: Stance,
): StanceShareCard {
  const { t } = words;
  const card = cardStance(words, speaker, stance, topic);
  // The card quotes the words the label rests on: the stance's key quote.
  const first = keyQuote(stance);
  const quote = first && {
    ...quoteExcerpt(first.quote.exact, QUOTE_EXCERPT_LENGTH),
    kind: t.quoteKinds[first.kind],
    attribution: t.attributions[first.attribution],
  };
  const quoteWords = quote ? `${quote.kind}${t.colon}${quotedExcerpt(quote)}` : '';
  return withAlt(
    {
      kind: 'stance',
      ...cardBase(words, paths.stance(topic.id, speaker.id)),
      topic,
      title: `${card.speaker}${t.colon}${card.label}`,
      stance: card,
      quote,
    },
    joinSentences(
      [
        `${t.stanceOf(card.speaker, topic.heading)}${t.colon}${card.label}${t.parenthetical(card.position.description)}`,
        quoteWords,
      ],
      t.sentence,
    ),
  );
}

function speakerCard(words: PageWords, speaker: Speaker): SpeakerShareCard {
  const { debate, t, nameOf, reading } = words;
  const rows = debate.topics.flatMap((topic) => {
    const stance = findStance(debate, topic.id, speaker.id);
    return stance
      ? [{ topic: topic.heading, stance: cardStance(words, speaker, stance, topic) }]
      : [];
  });
  return withAlt(
    {
      kind: 'speaker',
      ...cardBase(words, paths.speaker(speaker.id)),
      speaker: nameOf(speaker),
      roles: speaker.roles.map((role) => roleName(role, readingTag[reading])).join(t.listSeparator),
      rows,
    },
    `${t.allStancesOf(nameOf(speaker))}${t.colon}${rows.map((r) => t.labelOf(r.topic, r.stance.label)).join(t.clauseSeparator)}`,
  );
}

/** Every page's card: the overview, each topic, stance and speaker. */
export function shareCards(words: PageWords): ShareCard[] {
  const { debate } = words;
  return [
    overviewCard(words),
    ...debate.topics.map((topic) => topicCard(words, topic)),
    ...debate.topics.flatMap((topic) =>
      debate.speakers.flatMap((speaker) => {
        const stance = findStance(debate, topic.id, speaker.id);
        return stance ? [stanceCard(words, topic, speaker, stance)] : [];
      }),
    ),
    ...debate.speakers.map((speaker) => speakerCard(words, speaker)),
  ];
}

/** The share image of the page for these route parameters, if the page has one of its own. */
export const pageShareImage = {
  overview: (words: PageWords): ShareImage => overviewCard(words),
  topic: (words: PageWords, topicId: string | undefined): ShareImage | undefined => {
    const topic = findTopic(words.debate, topicId);
    return topic && topicCard(words, topic);
  },
  stance: (
    words: PageWords,
    topicId: string | undefined,
    speakerId: string | undefined,
  ): ShareImage | undefined => {
    const topic = findTopic(words.debate, topicId);
    const speaker = findSpeaker(words.debate, speakerId);
    const stance = topic && speaker && findStance(words.debate, topic.id, speaker.id);
    return stance && stanceCard(words, topic, speaker, stance);
  },
  speaker: (words: PageWords, speakerId: string | undefined): ShareImage | undefined => {
    const speaker = findSpeaker(words.debate, speakerId);
    return speaker && speakerCard(words, speaker);
  },
};
