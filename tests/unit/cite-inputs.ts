import { bundledDebate } from '@/model/bundled-debate';
import type { Debate } from '@/model/debate-schema';
import type { CitationInput, CitationKind, CslItem, Reading } from '@/features/cite/citation-item';
import type { CiteWords } from '@/features/cite/cite-words';
import type { CiteTarget } from '@/ui/cite-slot';
import { readingOf } from '../../scripts/bundled-citations';

// The citations the tests check: the bundled debate in each reading, one page address and one
// access date, so every expectation can be written out from the style rules.

const ACCESSED = new Date(2026, 11, 15);
export const ACCESSED_ISO = '2026-12-15';
export const STANCE_URL = 'https://example.org/topics/inflection-point/cai-hengjin';
const QUOTE_ID = 'inflection-point-cai-1';

export const QUOTE: CiteTarget = {
  kind: 'quote',
  topicId: 'inflection-point',
  speakerId: 'cai-hengjin',
  quoteId: QUOTE_ID,
};
export const STANCE: CiteTarget = {
  kind: 'stance',
  topicId: 'inflection-point',
  speakerId: 'cai-hengjin',
};

export function citeInput(
  reading: Reading,
  kind: CitationKind,
  target: CiteTarget,
  debate: Debate = bundledDebate,
): { input: CitationInput; words: CiteWords } {
  const { words, ...read } = readingOf(debate, reading);
  const url = target.kind === 'quote' ? `${STANCE_URL}#${target.quoteId}` : STANCE_URL;
  return { input: { ...read, reading, kind, target, url, accessed: ACCESSED, words }, words };
}

/** An item made up for a probe: what a hostile debate could put in each field. */
export const probeItem = (fields: Partial<CslItem>): CslItem => ({
  id: 'probe',
  type: 'webpage',
  title: 'title',
  'container-title': 'outlet',
  language: 'zh-Hant',
  ...fields,
});
