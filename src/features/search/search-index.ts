import { group } from 'd3-array';
import type { Debate } from '@/model/debate-schema';
import type { TextFolder } from './normalize-text';
import { findTerm, holdsEvery, queryTerms } from './search-terms';

export type SearchField = 'heading' | 'question' | 'label' | 'summary' | 'quote' | 'gloss' | 'why';

export interface SearchEntry {
  topicId: string;
  /** Absent for what belongs to the topic itself (its heading, question, relation). */
  speakerId?: string;
  field: SearchField;
  text: string;
  /** `text` folded for matching (see createTextFolder): the same length, offset for offset. */
  folded: string;
  lang: 'zh' | 'en';
}

export interface SearchIndex {
  entries: SearchEntry[];
  /**
   * Every entry's folded text joined by NUL: one indexOf over it finds the next entry that
   * matches far faster than asking each of 50,000 entries in turn.
   */
  haystack: string;
  /** Where each entry's text starts in `haystack`. */
  starts: number[];
}

const SEPARATOR = '\u0000';

/**
 * Everything a reader can search, in reading order: each topic, then each speaker's stance
 * on it. Chinese comes from `chinese`, the debate in the script shown; English from the
 * curated `en` fields, searchable whatever the interface language.
 */
export function buildSearchIndex(chinese: Debate, fold: TextFolder): SearchIndex {
  const entries: SearchEntry[] = [];
  const add = (entry: Omit<SearchEntry, 'folded'>) => {
    if (entry.text) entries.push({ ...entry, folded: fold(entry.text) });
  };
  const stancesByTopic = group(chinese.stances, (s) => s.topicId);
  for (const topic of chinese.topics) {
    const topicId = topic.id;
    add({ topicId, field: 'heading', text: `${topic.heading} · ${topic.subheading}`, lang: 'zh' });
    add({ topicId, field: 'question', text: topic.question, lang: 'zh' });
    if (topic.en) {
      const { heading, subheading, question } = topic.en;
      add({ topicId, field: 'heading', text: `${heading} · ${subheading}`, lang: 'en' });
      add({ topicId, field: 'question', text: question, lang: 'en' });
    }
    for (const relation of chinese.relations.filter((r) => r.topicId === topicId)) {
      add({ topicId, field: 'why', text: relation.why, lang: 'zh' });
      if (relation.en) add({ topicId, field: 'why', text: relation.en.why, lang: 'en' });
    }
    for (const stance of stancesByTopic.get(topicId) ?? []) {
      const speakerId = stance.speakerId;
      add({ topicId, speakerId, field: 'label', text: stance.label, lang: 'zh' });
      add({ topicId, speakerId, field: 'summary', text: stance.summary, lang: 'zh' });
      if (stance.en) {
        add({ topicId, speakerId, field: 'label', text: stance.en.label, lang: 'en' });
        add({ topicId, speakerId, field: 'summary', text: stance.en.summary, lang: 'en' });
      }
      for (const quote of stance.quotes) {
        add({ topicId, speakerId, field: 'quote', text: quote.quote.exact, lang: 'zh' });
        if (quote.en) add({ topicId, speakerId, field: 'gloss', text: quote.en.gloss, lang: 'en' });
      }
    }
  }
  const starts: number[] = [];
  let at = 0;
  for (const entry of entries) {
    starts.push(at);
    at += entry.folded.length + SEPARATOR.length;
  }
  return { entries, haystack: entries.map((e) => e.folded).join(SEPARATOR), starts };
}

/** The index of the entry whose text holds `position` of the haystack. */
function entryAt(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface SearchHit {
  entry: SearchEntry;
  /** Where the query's terms occur in `entry.text`, as [start, end) offsets, in order. */
  ranges: [number, number][];
}

export interface SearchGroup {
  topicId: string;
  speakerId?: string | undefined;
  hits: SearchHit[];
}

export interface SearchResults {
  groups: SearchGroup[];
  /** How many entries matched, including any beyond `limit`. */
  total: number;
}

function rangesOf(folded: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = findTerm(folded, term); at !== -1; at = findTerm(folded, term, at + term.length))
      ranges.push([at, at + term.length]);
  }
  // Terms may overlap ("開源" and "源"): merge, so each character is highlighted once.
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * The entries holding every term of `query` (see queryTerms: words, and phrases in quotation
 * marks; English as whole words), grouped by topic and speaker in reading order; at most
 * `limit` hits are returned.
 */
export function searchIndex(
  { entries, haystack, starts }: SearchIndex,
  query: string,
  fold: TextFolder,
  limit = Number.POSITIVE_INFINITY,
): SearchResults {
  const terms = queryTerms(fold(query.replaceAll(SEPARATOR, ' ')));
  const groups: SearchGroup[] = [];
  let total = 0;
  if (terms.length === 0) return { groups, total };
  // The longest term has the fewest places to check the others in.
  const [leading = ''] = [...terms].sort((a, b) => b.length - a.length);
  for (let at = haystack.indexOf(leading); at !== -1; ) {
    const index = entryAt(starts, at);
    const entry = entries[index];
    at = haystack.indexOf(leading, starts[index + 1] ?? haystack.length);
    if (!entry || !holdsEvery(entry.folded, terms)) continue;
    total += 1;
    // Beyond the limit a match is only counted: finding its ranges is the costly part.
    if (total > limit) continue;
    const ranges = rangesOf(entry.folded, terms);
    const last = groups.at(-1);
    if (last && last.topicId === entry.topicId && last.speakerId === entry.speakerId)
      last.hits.push({ entry, ranges });
    else
      groups.push({
        topicId: entry.topicId,
        speakerId: entry.speakerId,
        hits: [{ entry, ranges }],
      });
  }
  return { groups, total };
}
