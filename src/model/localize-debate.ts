import type { Script } from '@/lib/i18n/locale';
import type { Debate, Point, Position, Quote, Speaker, Stance } from './debate-schema.ts';

function positionInEnglish(position: Position, note: string): Position {
  return position.state === 'placed' ? { ...position, rationale: note } : { ...position, note };
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
    answers: point.answers.map((answer) => ({
      ...answer,
      note: answer.en?.note ?? answer.note,
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
    relations: debate.relations.map((relation) =>
      relation.en ? { ...relation, why: relation.en.why } : relation,
    ),
    points: debate.points?.map(pointInEnglish),
  };
}

/** How a reader names `speaker`: in English where the debate gives a name, else in `script`. */
export function speakerName(speaker: Speaker, script: Script, english: boolean): string {
  return english && speaker.en ? speaker.en.name : speaker.name[script];
}

function dropEnglish<T extends { en?: unknown }>(entity: T): T {
  const copy = { ...entity };
  delete copy.en;
  return copy;
}

/**
 * The debate without its English: what the pages need to hydrate in Chinese. The bundled
 * debate's English loads only when a reader asks for it (see src/lib/debate-view/debate-variants.ts).
 */
export function withoutEnglish(debate: Debate): Debate {
  return {
    ...dropEnglish(debate),
    speakers: debate.speakers.map(dropEnglish),
    topics: debate.topics.map(dropEnglish),
    stances: debate.stances.map((stance) => ({
      ...dropEnglish(stance),
      quotes: stance.quotes.map(dropEnglish),
    })),
    relations: debate.relations.map(dropEnglish),
    points: debate.points?.map((point) => ({
      ...dropEnglish(point),
      answers: point.answers.map((answer) => ({
        ...dropEnglish(answer),
        quotes: answer.quotes?.map(dropEnglish),
      })),
    })),
  };
}
