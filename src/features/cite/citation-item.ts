import type { Debate, Speaker } from '@/model/debate-schema';
import { findQuote, findStance, findTopic } from '@/model/debate-queries';
import type { CiteTarget } from '@/ui/cite-slot';

// What a citation names, as one CSL-JSON item: the words' speaker, the page's title, the
// article (title, outlet, column and programme, interviewer and author, the date as the data
// knows it), the page's absolute URL, the reader's access date and the data's version. Every
// format in the cite dialog is made from this one item by citation-js and the official CSL
// styles; nothing here formats a citation.

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  interviewer: { literal: string }[];
  'container-author': { literal: string }[];
  'container-title': string;
  'collection-title': string;
  publisher: string;
  issued: { literal: string } | { 'date-parts': [[number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  note?: string;
}

export interface CitationInput {
  /** The debate as the reader reads it (script and language). */
  debate: Debate;
  target: CiteTarget;
  speakerName: (speaker: Speaker) => string;
  /** The page's absolute URL (with the quote's fragment for a quote). */
  url: string;
  accessed: Date;
  language: 'zh' | 'en';
  /** BCP 47 tag of the text cited. */
  languageTag: string;
  /** "data version 2026-11-29", in the reader's language and script. */
  versionLabel: (date: string) => string;
}

/** The data's version: the date of the newest change log entry, if the debate keeps a log. */
export function dataVersion(debate: Debate): string | undefined {
  const dates = (debate.changelog ?? []).map((entry) => entry.date).sort();
  return dates.at(-1);
}

// The data's version goes into the title, where every style prints it (CSL's `version` is
// printed by MLA alone): "AI的海嘯要來了（拐點還是海嘯，資料版本 2026-11-29）".
const WORDING = {
  zh: { open: '（', join: '，', close: '）', separator: '' },
  en: { open: ' (', join: '; ', close: ')', separator: ' ' },
} as const;

interface CitedWork {
  /** The page's own title: a stance's label, a topic's heading, the debate's title. */
  title: string;
  /** The topic a stance belongs to. */
  context?: string;
  speakers: Speaker[];
  id: string;
}

function citedWork({ debate, target }: CitationInput): CitedWork {
  const topic = target.kind === 'debate' ? undefined : findTopic(debate, target.topicId);
  if (target.kind === 'debate' || !topic)
    return { title: debate.title, speakers: debate.speakers, id: debate.id };
  if (target.kind === 'topic')
    return { title: topic.heading, speakers: debate.speakers, id: `${debate.id}-${topic.id}` };
  const speaker = debate.speakers.find((s) => s.id === target.speakerId);
  const stance = findStance(debate, topic.id, target.speakerId);
  const id =
    target.kind === 'quote' && findQuote(debate, target.quoteId)
      ? target.quoteId
      : `${topic.id}-${target.speakerId}`;
  const speakers = speaker ? [speaker] : debate.speakers;
  return stance
    ? { title: stance.label, context: topic.heading, speakers, id }
    : { title: topic.heading, speakers, id };
}

export function citationItem(input: CitationInput): CslItem {
  const { debate, accessed } = input;
  const work = citedWork(input);
  const version = dataVersion(debate);
  const wording = WORDING[input.language];
  const qualifiers = [work.context, version && input.versionLabel(version)].filter(Boolean);
  const title = qualifiers.length
    ? `${work.title}${wording.open}${qualifiers.join(wording.join)}${wording.close}`
    : work.title;
  return {
    id: work.id,
    type: 'webpage',
    title,
    author: work.speakers.map((speaker) => ({ literal: input.speakerName(speaker) })),
    interviewer: [{ literal: debate.interviewer }],
    'container-author': [{ literal: debate.author }],
    'container-title': debate.title,
    'collection-title': `${debate.column}${wording.separator}${debate.programme}`,
    publisher: debate.outlet,
    // The date as the data knows it ("2025年春節後"), never a made-up day.
    issued: { literal: debate.published.period },
    accessed: {
      'date-parts': [[accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate()]],
    },
    URL: input.url,
    language: input.languageTag,
  };
}

/**
 * The item for formats whose dates are numbers only (BibTeX's year, RIS's PY): the year the
 * date as the data knows it names ("2025年春節後" → 2025), or no date at all if it names none.
 * (CSL dates can't hold both: citeproc prints a literal and its year side by side.)
 */
export function withYearOnly(item: CslItem): CslItem | Omit<CslItem, 'issued'> {
  const { issued, ...rest } = item;
  const literal = 'literal' in issued ? issued.literal : undefined;
  if (literal === undefined) return item;
  const year = /(?:^|\D)(\d{4})(?:\D|$)/.exec(literal)?.[1];
  return year ? { ...rest, issued: { 'date-parts': [[Number(year)]] } } : rest;
}
