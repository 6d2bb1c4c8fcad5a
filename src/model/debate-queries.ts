import type {
  Debate,
  Point,
  PointAnswer,
  Quote,
  Relation,
  Speaker,
  Stance,
  Topic,
} from './debate-schema';

export function findTopic(debate: Debate, topicId: string | undefined): Topic | undefined {
  return debate.topics.find((t) => t.id === topicId);
}

export function findSpeaker(debate: Debate, speakerId: string | undefined): Speaker | undefined {
  return debate.speakers.find((s) => s.id === speakerId);
}

export function findStance(debate: Debate, topicId: string, speakerId: string): Stance | undefined {
  return debate.stances.find((s) => s.topicId === topicId && s.speakerId === speakerId);
}

/** A quote by id, a stance's or one a point anchors of its own. */
export function findQuote(debate: Debate, quoteId: string): Quote | undefined {
  for (const stance of debate.stances) {
    const quote = stance.quotes.find((q) => q.id === quoteId);
    if (quote) return quote;
  }
  for (const point of debate.points ?? [])
    for (const answer of point.answers) {
      const quote = answer.quotes?.find((q) => q.id === quoteId);
      if (quote) return quote;
    }
  return undefined;
}

/** The quote a stance's label rests on: its key quote, else its first. */
export function keyQuote(stance: Stance): Quote | undefined {
  return stance.quotes.find((q) => q.id === stance.keyQuoteId) ?? stance.quotes[0];
}

/** The stance that quotes a quote, if a stance does (a point may anchor quotes of its own). */
export function stanceOfQuote(debate: Debate, quoteId: string): Stance | undefined {
  return debate.stances.find((s) => s.quotes.some((q) => q.id === quoteId));
}

/** The points that belong to a topic, in the data's order. */
export function pointsOfTopic(debate: Debate, topicId: string): Point[] {
  return (debate.points ?? []).filter((p) => p.topicIds.includes(topicId));
}

/** The quotes that show a speaker's answer to a point: those it cites, then its own. */
export function answerQuotes(debate: Debate, answer: PointAnswer): Quote[] {
  const cited = answer.quoteIds.flatMap((id) => findQuote(debate, id) ?? []);
  return [...cited, ...(answer.quotes ?? [])];
}

/** The relation between two speakers on a topic, whichever order the data lists them in. */
export function findRelation(
  debate: Debate,
  topicId: string,
  speakerIds: readonly string[],
): Relation | undefined {
  const wanted = [...speakerIds].sort().join('+');
  return debate.relations.find(
    (r) => r.topicId === topicId && [...r.speakerIds].sort().join('+') === wanted,
  );
}

/** The topics before and after one, in article order. */
export function neighbouringTopics(debate: Debate, topicId: string) {
  const at = debate.topics.findIndex((t) => t.id === topicId);
  return {
    previous: at > 0 ? debate.topics[at - 1] : undefined,
    next: at >= 0 ? debate.topics[at + 1] : undefined,
  };
}

const folded = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/**
 * The topic a link means, even when it names it in another letter case or by its heading
 * (`/topics/AGI-Timing`, `/topics/開源還是閉源?`): callers redirect to the canonical id.
 */
export function resolveTopic(debate: Debate, wanted: string | undefined): Topic | undefined {
  if (wanted === undefined) return undefined;
  const key = folded(wanted);
  return (
    findTopic(debate, wanted) ??
    debate.topics.find((t) => folded(t.id) === key) ??
    debate.topics.find(
      (t) => folded(t.heading) === key || folded(t.heading).replace(/[?？]$/, '') === key,
    )
  );
}

/** The speaker a link means, by id in any letter case or by name in either script (`/speakers/杨蜀`). */
export function resolveSpeaker(debate: Debate, wanted: string | undefined): Speaker | undefined {
  if (wanted === undefined) return undefined;
  const key = folded(wanted);
  return (
    findSpeaker(debate, wanted) ??
    debate.speakers.find(
      (s) => folded(s.id) === key || folded(s.name.hant) === key || folded(s.name.hans) === key,
    )
  );
}

/** Whether any part of a point (its relation or an answer) was left contested by the readers. */
export function isPointContested(point: Point): boolean {
  return (
    point.adjudication?.status === 'contested' ||
    point.answers.some((answer) => answer.adjudication?.status === 'contested')
  );
}

/**
 * How far apart the speakers placed on a topic's axis stand: the spread between the
 * outermost two (0 to 4 steps). Undefined with fewer than two placed speakers, as there is
 * nothing to compare; not addressed and unclear stances have no place on the axis.
 */
export function positionGap(values: readonly number[]): number | undefined {
  if (values.length < 2) return undefined;
  return Math.max(...values) - Math.min(...values);
}
