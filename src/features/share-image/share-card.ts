import type { Debate, Speaker, Stance, Topic } from '@/model/debate-schema';
import { findSpeaker, findStance, findTopic, keyQuote } from '@/model/debate-queries';
import {
  clipText,
  joinSentences,
  quoteExcerpt,
  quotedExcerpt,
  type QuoteExcerpt,
} from '@/lib/clip-text';
import { paths } from '@/lib/paths';
import type { ShareImage } from '@/lib/share-image';
// Like the pages' head tags, share images are in the source's language and script.
import { messagesZhHant as t } from '@/lib/i18n/messages-zh-hant';
import { encodePosition, type PositionEncoding } from '@/ui/position-encoding';
import { roleName } from '@/ui/role-name';

// What each page's share image says: the build draws it (scripts/share-image/), and the
// page's head names it with the same words as its alt text (src/lib/page-meta.ts).

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
  stance: CardStance;
  quote: CardQuote | undefined;
};
export type SpeakerShareCard = CardBase & {
  kind: 'speaker';
  speaker: string;
  roles: string[];
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
export const QUOTE_EXCERPT_LENGTH = 66;
/** Twitter reads at most 420 characters of an image's alt text. */
const ALT_LENGTH = 420;

const cardStance = (speaker: Speaker, stance: Stance, topic: Topic): CardStance => ({
  speaker: speaker.name.hant,
  label: stance.label,
  position: encodePosition(stance.position, topic, t),
});

const stanceWords = ({ speaker, label, position }: CardStance) =>
  `${speaker}${t.colon}${label}${t.parenthetical(position.description)}`;

function footer(debate: Debate) {
  return `${t.siteName} · ${t.source}${t.colon}${debate.outlet} ${debate.column} ${debate.programme}`;
}

const withAlt = <Card extends Omit<ShareCard, 'alt'>>(
  card: Card,
  alt: string,
): Card & ShareImage => ({
  ...card,
  alt: clipText(alt, ALT_LENGTH),
});

export function overviewCard(debate: Debate): OverviewShareCard {
  const rows = debate.topics.map((topic) => ({
    topic: topic.heading,
    stances: debate.speakers.map((speaker) => {
      const stance = findStance(debate, topic.id, speaker.id);
      return stance && cardStance(speaker, stance, topic);
    }),
  }));
  const rowWords = rows.map(
    (row) =>
      `${row.topic}${t.colon}${row.stances.flatMap((s) => (s ? [`${s.speaker}「${s.label}」`] : [])).join(t.listSeparator)}`,
  );
  return withAlt(
    {
      kind: 'overview',
      path: paths.shareImage(paths.overview()),
      footer: footer(debate),
      title: debate.title,
      speakers: debate.speakers.map((s) => s.name.hant),
      rows,
    },
    joinSentences(debate.title, rowWords.join('；')),
  );
}

export function topicCard(debate: Debate, topic: Topic): TopicShareCard {
  const stances = debate.speakers.flatMap((speaker) => {
    const stance = findStance(debate, topic.id, speaker.id);
    return stance ? [cardStance(speaker, stance, topic)] : [];
  });
  return withAlt(
    {
      kind: 'topic',
      path: paths.shareImage(paths.topic(topic.id)),
      footer: footer(debate),
      topic,
      stances,
    },
    joinSentences(
      `${topic.heading}${t.colon}${topic.question}`,
      stances.map(stanceWords).join('；'),
    ),
  );
}

export function stanceCard(
  debate: Debate,
  topic: Topic,
  speaker: Speaker,
  stance: Stance,
): StanceShareCard {
  const card = cardStance(speaker, stance, topic);
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
      path: paths.shareImage(paths.stance(topic.id, speaker.id)),
      footer: footer(debate),
      topic,
      stance: card,
      quote,
    },
    joinSentences(
      `${t.stanceOf(card.speaker, topic.heading)}${t.colon}${card.label}${t.parenthetical(card.position.description)}`,
      quoteWords,
    ),
  );
}

export function speakerCard(debate: Debate, speaker: Speaker): SpeakerShareCard {
  const rows = debate.topics.flatMap((topic) => {
    const stance = findStance(debate, topic.id, speaker.id);
    return stance ? [{ topic: topic.heading, stance: cardStance(speaker, stance, topic) }] : [];
  });
  return withAlt(
    {
      kind: 'speaker',
      path: paths.shareImage(paths.speaker(speaker.id)),
      footer: footer(debate),
      speaker: speaker.name.hant,
      roles: speaker.roles.map((role) => roleName(role, 'zh-Hant')),
      rows,
    },
    `${t.allStancesOf(speaker.name.hant)}${t.colon}${rows.map((r) => `${r.topic}「${r.stance.label}」`).join('；')}`,
  );
}

/** Every page's card: the overview, each topic, stance and speaker. */
export function shareCards(debate: Debate): ShareCard[] {
  return [
    overviewCard(debate),
    ...debate.topics.map((topic) => topicCard(debate, topic)),
    ...debate.topics.flatMap((topic) =>
      debate.speakers.flatMap((speaker) => {
        const stance = findStance(debate, topic.id, speaker.id);
        return stance ? [stanceCard(debate, topic, speaker, stance)] : [];
      }),
    ),
    ...debate.speakers.map((speaker) => speakerCard(debate, speaker)),
  ];
}

/** The share image of the page for these route parameters, if the page has one of its own. */
export const pageShareImage = {
  overview: (debate: Debate): ShareImage => overviewCard(debate),
  topic: (debate: Debate, topicId: string | undefined): ShareImage | undefined => {
    const topic = findTopic(debate, topicId);
    return topic && topicCard(debate, topic);
  },
  stance: (
    debate: Debate,
    topicId: string | undefined,
    speakerId: string | undefined,
  ): ShareImage | undefined => {
    const topic = findTopic(debate, topicId);
    const speaker = findSpeaker(debate, speakerId);
    const stance = topic && speaker && findStance(debate, topic.id, speaker.id);
    return stance && stanceCard(debate, topic, speaker, stance);
  },
  speaker: (debate: Debate, speakerId: string | undefined): ShareImage | undefined => {
    const speaker = findSpeaker(debate, speakerId);
    return speaker && speakerCard(debate, speaker);
  },
};
