// The edits the studio makes to a draft: pure functions of the draft state, each one step of
// the undo history (see draft-history.ts).
import type {
  Attribution,
  Debate,
  Quote,
  QuoteKind,
  Relation,
  Stance,
} from '@/model/debate-schema';
import { isDirectSpeech } from '@/model/direct-speech';
import { anchorAt } from '@/model/text-anchor';
import type { DraftState } from './draft-history';

/** The first of `base-1`, `base-2`… that `taken` does not hold. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

const withDebate = (state: DraftState, debate: Debate): DraftState => ({ ...state, debate });

export function addSpeaker(state: DraftState): DraftState {
  const { debate } = state;
  const id = freshId(
    'speaker',
    debate.speakers.map((s) => s.id),
  );
  const speaker = { id, name: { hant: '', hans: '' }, introduction: '', roles: [{ title: '' }] };
  return withDebate(state, { ...debate, speakers: [...debate.speakers, speaker] });
}

export function addTopic(state: DraftState): DraftState {
  const { debate } = state;
  const id = freshId(
    'topic',
    debate.topics.map((t) => t.id),
  );
  const topic = { id, heading: '', subheading: '', question: '', axis: { from: '', to: '' } };
  return withDebate(state, { ...debate, topics: [...debate.topics, topic] });
}

export function addRelation(state: DraftState): DraftState {
  const { debate } = state;
  const [first, second] = debate.speakers;
  const relation = {
    topicId: debate.topics[0]?.id ?? '',
    speakerIds: [first?.id ?? '', second?.id ?? ''] as [string, string],
    // No kind chosen for the editor: a default would be a coding nobody made.
    kind: '' as Relation['kind'],
    why: '',
  };
  return withDebate(state, { ...debate, relations: [...debate.relations, relation] });
}

/**
 * A new point on the first topic, every speaker answering "not addressed" until the editor
 * says otherwise: the checks then ask for its id, statement and why.
 */
export function addPoint(state: DraftState): DraftState {
  const { debate } = state;
  const point = {
    id: '',
    statement: '',
    topicIds: debate.topics[0] ? [debate.topics[0].id] : [],
    answers: debate.speakers.map((sp) => ({
      speakerId: sp.id,
      answer: 'not-addressed' as const,
      quoteIds: [],
    })),
    relation: 'one-speaks' as const,
    why: '',
  };
  return withDebate(state, { ...debate, points: [...(debate.points ?? []), point] });
}

/** Removes the item at `index` of one of the debate's lists. */
export function removeItem<K extends 'speakers' | 'topics' | 'stances' | 'relations' | 'points'>(
  state: DraftState,
  list: K,
  index: number,
): DraftState {
  const items = (state.debate[list] ?? []) as unknown[];
  return withDebate(state, { ...state.debate, [list]: items.filter((_, i) => i !== index) });
}

const emptyStance = (topicId: string, speakerId: string): Stance => ({
  topicId,
  speakerId,
  label: '',
  summary: '',
  position: { state: 'placed', value: 0, rationale: '' },
  quotes: [],
});

/** Where the stance of `speakerId` on `topicId` is, adding an empty one if there is none. */
function stanceIndex(debate: Debate, topicId: string, speakerId: string): [Debate, number, Stance] {
  const at = debate.stances.findIndex((s) => s.topicId === topicId && s.speakerId === speakerId);
  const found = debate.stances[at];
  if (found) return [debate, at, found];
  const added = emptyStance(topicId, speakerId);
  const stances = [...debate.stances, added];
  return [{ ...debate, stances }, stances.length - 1, added];
}

const allQuoteIds = (debate: Debate) => debate.stances.flatMap((s) => s.quotes.map((q) => q.id));

export interface NewQuote {
  start: number;
  end: number;
  topicId: string;
  speakerId: string;
  kind?: QuoteKind;
  attribution?: Attribution;
}

/**
 * Adds source[start, end) as a quote of the speaker's stance on the topic, anchored by its
 * exact text with 32 code units of context and its position. Words inside quotation marks,
 * or after the speaker's own `Name：` on a transcript line, are taken to be direct speech;
 * the editor can say otherwise.
 */
export function addQuote(state: DraftState, quote: NewQuote): { state: DraftState; at: number[] } {
  const { source } = state;
  const speaker = state.debate.speakers.find((sp) => sp.id === quote.speakerId);
  const [debate, si, stance] = stanceIndex(state.debate, quote.topicId, quote.speakerId);
  const added: Quote = {
    id: freshId(`${quote.topicId}-${quote.speakerId}`, allQuoteIds(debate)),
    ...anchorAt(source, quote.start, quote.end),
    kind:
      quote.kind ??
      (isDirectSpeech(source, quote.start, quote.end, speaker) ? 'direct' : 'reported'),
    attribution: quote.attribution ?? 'explicit',
  };
  const stances = debate.stances.with(si, { ...stance, quotes: [...stance.quotes, added] });
  return { state: withDebate(state, { ...debate, stances }), at: [si, stance.quotes.length] };
}

/** Moves a quote to the stance of another speaker or topic (made if it does not exist). */
export function moveQuote(
  state: DraftState,
  [si, qi]: readonly [number, number],
  to: { topicId: string; speakerId: string },
): DraftState {
  const from = state.debate.stances[si];
  const quote = from?.quotes[qi];
  if (!from || !quote) return state;
  if (from.topicId === to.topicId && from.speakerId === to.speakerId) return state;
  const without = state.debate.stances.with(si, {
    ...from,
    quotes: from.quotes.filter((_, i) => i !== qi),
  });
  const [debate, target, stance] = stanceIndex(
    { ...state.debate, stances: without },
    to.topicId,
    to.speakerId,
  );
  const stances = debate.stances.with(target, { ...stance, quotes: [...stance.quotes, quote] });
  return withDebate(state, { ...debate, stances });
}

export function removeQuote(state: DraftState, [si, qi]: readonly [number, number]): DraftState {
  const stance = state.debate.stances[si];
  if (!stance) return state;
  const stances = state.debate.stances.with(si, {
    ...stance,
    quotes: stance.quotes.filter((_, i) => i !== qi),
  });
  return withDebate(state, { ...state.debate, stances });
}
