import type { Coding } from './coding-schema.ts';
import type { Adjudication, Debate, Point, Position, Quote, Stance } from './debate-schema.ts';

function positionInEnglish(position: Position, note: string): Position {
  return position.state === 'placed' ? { ...position, rationale: note } : { ...position, note };
}

/** An adjudication's reason and its readings' whys in English, where the data has them. */
function adjudicationInEnglish<V>(
  adjudication: Adjudication<V> | undefined,
): Adjudication<V> | undefined {
  if (!adjudication) return undefined;
  return {
    ...adjudication,
    reason: adjudication.en?.reason ?? adjudication.reason,
    readings: adjudication.readings?.map((r) => ({ ...r, why: r.en?.why ?? r.why })),
  };
}

function stanceInEnglish(stance: Stance): Stance {
  const en = stance.en;
  return {
    ...stance,
    ...(en && {
      label: en.label,
      summary: en.summary,
      position: positionInEnglish(stance.position, en.positionNote),
    }),
    positionAdjudication: adjudicationInEnglish(stance.positionAdjudication),
    quotes: stance.quotes.map(quoteInEnglish),
  };
}

// A quote stays in Chinese: an English reader sees the original with a gloss.
function quoteInEnglish(quote: Quote): Quote {
  return { ...quote, note: quote.en?.note ?? quote.note };
}

function pointInEnglish(point: Point): Point {
  return {
    ...point,
    ...(point.en && { statement: point.en.statement, why: point.en.why }),
    adjudication: adjudicationInEnglish(point.adjudication),
    answers: point.answers.map((answer) => ({
      ...answer,
      note: answer.en?.note ?? answer.note,
      adjudication: adjudicationInEnglish(answer.adjudication),
      quotes: answer.quotes?.map(quoteInEnglish),
    })),
  };
}

/**
 * The debate as an English reader sees it: our curated English in place of our Chinese
 * titles, summaries and notes, while every quote keeps its original words (its gloss is
 * in `quote.en`). Speakers' names are chosen where they are shown (see useSpeakerName).
 * A debate without English is returned as it is.
 */
export function debateInEnglish(debate: Debate): Debate {
  const en = debate.en;
  if (!en) return debate;
  return {
    ...debate,
    title: en.title,
    outlet: en.outlet,
    column: en.column,
    programme: en.programme,
    interviewer: en.interviewer,
    author: en.author,
    published: en.published,
    limitations: en.limitations ?? debate.limitations,
    changelog: debate.changelog?.map((entry, i) => ({
      ...entry,
      summary: en.changelog?.[i] ?? entry.summary,
    })),
    speakers: debate.speakers.map((speaker) =>
      speaker.en
        ? { ...speaker, introduction: speaker.en.introduction, roles: speaker.en.roles }
        : speaker,
    ),
    topics: debate.topics.map((topic) => (topic.en ? { ...topic, ...topic.en } : topic)),
    stances: debate.stances.map(stanceInEnglish),
    relations: debate.relations.map((relation) => ({
      ...relation,
      why: relation.en?.why ?? relation.why,
      adjudication: adjudicationInEnglish(relation.adjudication),
    })),
    points: debate.points?.map(pointInEnglish),
  };
}

function dropEnglish<T extends { en?: unknown }>(entity: T): T {
  const copy = { ...entity };
  delete copy.en;
  return copy;
}

/**
 * A coding as the pages use it: the codes, which the agreement figures and the axis's ranges
 * are computed from, without the coder's reasons and evidence, which only the adjudication
 * needed (they stay in codings/<coder>.json).
 */
function codesOnly(coding: Coding): Coding {
  const { note: _note, ...rest } = coding;
  const bare = <T extends { reason?: string; evidence?: number[] }>({
    reason: _reason,
    evidence: _evidence,
    ...code
  }: T) => code;
  return {
    ...rest,
    positions: coding.positions.map(bare),
    topicRelations: coding.topicRelations.map(bare),
    answers: coding.answers.map(bare),
    pointRelations: coding.pointRelations.map(bare),
  };
}

/**
 * The debate without its English, and with only the codes of its codings: what the pages need
 * to hydrate in Chinese. The bundled debate's English loads only when a reader asks for it
 * (see src/lib/debate-view/debate-variants.ts).
 */
export function withoutEnglish(debate: Debate): Debate {
  const bareAdjudication = <A extends Adjudication<unknown> | undefined>(adjudication: A): A =>
    adjudication && {
      ...dropEnglish(adjudication),
      readings: adjudication.readings?.map(dropEnglish),
    };
  return {
    ...dropEnglish(debate),
    codings: debate.codings?.map(codesOnly),
    speakers: debate.speakers.map(dropEnglish),
    topics: debate.topics.map(dropEnglish),
    stances: debate.stances.map((stance) => ({
      ...dropEnglish(stance),
      quotes: stance.quotes.map(dropEnglish),
      positionAdjudication: bareAdjudication(stance.positionAdjudication),
    })),
    relations: debate.relations.map((relation) => ({
      ...dropEnglish(relation),
      adjudication: bareAdjudication(relation.adjudication),
    })),
    points: debate.points?.map((point) => ({
      ...dropEnglish(point),
      adjudication: bareAdjudication(point.adjudication),
      answers: point.answers.map((answer) => ({
        ...dropEnglish(answer),
        adjudication: bareAdjudication(answer.adjudication),
        quotes: answer.quotes?.map(dropEnglish),
      })),
    })),
  };
}
