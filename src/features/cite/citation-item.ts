import type { Debate, Quote, Speaker, Stance, Topic } from '@/model/debate-schema';
import type { CiteTarget } from '@/ui/cite-slot';

// What a citation names, as one CSL-JSON item, for each of the two things a reader can cite:
//
// - the article: its author (崔玉賢), the interviewer (丁廣勝), its title, the outlet with its
//   column (網易科技, 科技《態度》欄目), and the year the article can be dated to;
// - this page: our page, its title with the data version, the version's date, the site, the
//   URL and the access date. No author: the page is ours, not the speakers' or NetEase's.
//
// A cited quote's words and speaker travel with the item (`quote`), so every format can say
// who said what. Every format in the cite dialog is made from these items; nothing here
// formats a citation. Imports are relative so the build can run this file (the prerender of
// the bundled debate's citations, scripts/vite-plugin-bundled-citations.ts).

export type CitationKind = 'article' | 'page';
export const CITATION_KINDS: readonly CitationKind[] = ['article', 'page'];

/** The reading a citation is written in: its language and script. */
export type Reading = 'zh-Hant' | 'zh-Hans' | 'en';

export type CslName = { literal: string } | { family: string; given: string };

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author?: CslName[];
  interviewer?: CslName[];
  'container-title': string;
  issued?: { 'date-parts': [[number] | [number, number, number]] };
  /** The page's: the article's own address is not in the data, so it has none. */
  accessed?: { 'date-parts': [[number, number, number]] };
  URL?: string;
  language: string;
  /** The article's date as the data knows it ("2025年春節後"), where a style has room for it. */
  note?: string;
}

/** A cited quote: the words as the reader reads them, and whose they are. */
export interface CitedQuote {
  speaker: string;
  words: string;
  /** The author's paraphrase of the speaker, not the speaker's own words. */
  reported: boolean;
  /** Our English translation, for an English reader (the words stay the original's). */
  translation?: string | undefined;
}

/** The words a citation needs from the interface's catalogue, in the reading. */
export interface CitationWords {
  siteName: string;
  /** "資料版本 2026-12-01". */
  versionLabel: (date: string) => string;
  /** A stance page's title: "蔡恆進談「拐點還是海嘯」". */
  stanceOf: (speaker: string, topic: string) => string;
  /** A title and its subtitle: "蔡恆進談「拐點還是海嘯」：AI的海嘯要來了". */
  subtitled: (title: string, subtitle: string) => string;
  /** How a title takes a qualifier: "標題（資料版本 2026-12-01）". */
  qualified: (title: string, qualifier: string) => string;
  /** Joins an outlet and its column: "網易科技 科技《態度》欄目". */
  outletColumn: (outlet: string, column: string) => string;
}

export interface CitationInput {
  /** The debate as the reader reads it (script and language). */
  debate: Debate;
  /** The debate's Chinese in the reader's script: the original form of every name. */
  chinese: Debate;
  reading: Reading;
  target: CiteTarget;
  kind: CitationKind;
  speakerName: (speaker: Speaker) => string;
  /** The cited page's absolute URL (with the quote's fragment for a quote); pages only. */
  url: string;
  accessed: Date;
  words: CitationWords;
}

/** The data's version: the date of the newest change log entry, if the debate keeps a log. */
export function dataVersion(debate: Debate): string | undefined {
  const dates = (debate.changelog ?? []).map((entry) => entry.date).sort();
  return dates.at(-1);
}

/** The year a date as the data knows it names ("2025年春節後" → 2025), if it names one. */
export function yearOf(period: string): number | undefined {
  const year = /(?:^|\D)(\d{4})(?:\D|$)/.exec(period)?.[1];
  return year ? Number(year) : undefined;
}

const CJK = /\p{Script=Han}/u;

/**
 * A person as CSL names them. In Chinese, the name as written (citeproc prints it whole); in
 * English, the romanised name split into family and given name, family first as the data
 * writes Chinese names ("Cui Yuxian"), so that each style orders and abbreviates it by its rules.
 */
export function cslName(name: string, original: string, reading: Reading): CslName {
  const romanised = reading === 'en' && CJK.test(original) && !CJK.test(name);
  const [, family, given] = /^(\S+)\s+(.+)$/.exec(name.trim()) ?? [];
  return romanised && family && given ? { family, given } : { literal: name };
}

interface Found {
  topic?: Topic | undefined;
  speaker?: Speaker | undefined;
  stance?: Stance | undefined;
  quote?: Quote | undefined;
}

function find(debate: Debate, target: CiteTarget): Found {
  if (target.kind === 'debate') return {};
  const topic = debate.topics.find((t) => t.id === target.topicId);
  if (target.kind === 'topic') return { topic };
  const speaker = debate.speakers.find((s) => s.id === target.speakerId);
  const stance = debate.stances.find(
    (s) => s.topicId === target.topicId && s.speakerId === target.speakerId,
  );
  const quote =
    target.kind === 'quote' ? stance?.quotes.find((q) => q.id === target.quoteId) : undefined;
  return { topic, speaker, stance, quote };
}

/** The cited quote of `target`, if it is a quote of the debate. */
export function citedQuote(input: Omit<CitationInput, 'kind' | 'url' | 'accessed'>) {
  const { speaker, quote } = find(input.debate, input.target);
  if (!speaker || !quote) return undefined;
  const cited: CitedQuote = {
    speaker: input.speakerName(speaker),
    words: quote.quote.exact,
    reported: quote.kind === 'reported',
    translation: input.reading === 'en' ? quote.en?.gloss : undefined,
  };
  return cited;
}

/** The title of the page that `target` is on, as the reader reads it. */
function pageTitle({ debate, target, speakerName, words }: CitationInput): string {
  const { topic, speaker, stance } = find(debate, target);
  if (!topic) return debate.title;
  if (!speaker || !stance) return topic.heading;
  return words.subtitled(words.stanceOf(speakerName(speaker), topic.heading), stance.label);
}

/** The item's id: stable and readable, it is the BibTeX key and the RIS ID. */
function itemId({ debate, target, kind }: CitationInput): string {
  const parts = [debate.id, kind];
  if (target.kind !== 'debate') parts.push(target.topicId);
  if (target.kind === 'stance' || target.kind === 'quote') parts.push(target.speakerId);
  if (target.kind === 'quote') parts.push(target.quoteId);
  return parts.join('-');
}

const dateParts = (date: Date): [number, number, number] => [
  date.getFullYear(),
  date.getMonth() + 1,
  date.getDate(),
];

export function citationItem(input: CitationInput): CslItem {
  const { debate, reading, words } = input;
  const common = { id: itemId(input), type: 'webpage' as const, language: reading };
  if (input.kind === 'page') {
    const version = dataVersion(debate);
    const [y, m, d] = version?.split('-').map(Number) ?? [];
    const title = pageTitle(input);
    return {
      ...common,
      title: version ? words.qualified(title, words.versionLabel(version)) : title,
      'container-title': words.siteName,
      ...(y && m && d ? { issued: { 'date-parts': [[y, m, d]] } } : {}),
      accessed: { 'date-parts': [dateParts(input.accessed)] },
      URL: input.url,
    };
  }
  const { chinese } = input;
  const year = yearOf(debate.published.period);
  return {
    ...common,
    // The source carries no headline: the title is ours, supplied in square brackets as
    // catalogues and every style mark what is not printed on the work itself.
    title: `[${debate.title}]`,
    author: [cslName(debate.author, chinese.author, reading)],
    interviewer: [cslName(debate.interviewer, chinese.interviewer, reading)],
    'container-title': words.outletColumn(debate.outlet, debate.column),
    ...(year ? { issued: { 'date-parts': [[year]] } } : {}),
    note: debate.published.period,
  };
}
