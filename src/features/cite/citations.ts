import { bibtexEntry } from './bibtex.ts';
import {
  citationItem,
  citedQuote,
  type CitationInput,
  type CitedQuote,
  type CslItem,
  type CslName,
} from './citation-item.ts';
import type { CiteWords } from './cite-words.ts';
import { risRecord } from './ris.ts';
import type { MachineFormat } from './citation-formats.ts';
import { composeStyled, type StyledParts } from './styled-citation.ts';
import type { StyledFormat } from './style-items.ts';

// One citation of one thing (the article or this page, maybe with a quote), in every format:
// the four styles are made by CSL (format-styles.ts, or prerendered for the bundled debate),
// the three formats for reference managers here, from the same item.

export interface Citation {
  item: CslItem;
  quote?: CitedQuote | undefined;
  /** The article's author, who reports a paraphrased quote. */
  author: string;
}

/**
 * The item a style formats. GB/T 7714-2015 records a work in its own language (§6.1: "用信息
 * 資源本身的語種著錄"): the article is Chinese, so an English reader's GB/T entry for it is in
 * the source's Chinese, in its own script; the English page is recorded in English.
 */
export function styledInput(format: StyledFormat, input: CitationInput): CitationInput {
  return format === 'gbt7714' && input.kind === 'article' && input.reading === 'en'
    ? { ...input, debate: input.chinese, reading: 'zh-Hant' }
    : input;
}

export function citation(input: CitationInput): Citation {
  return {
    item: citationItem(input),
    quote: citedQuote(input),
    author: input.debate.author,
  };
}

/** A name as written in running text: a Chinese name family name first ("Ding Guangsheng"). */
const nameText = (name: CslName) =>
  'literal' in name ? name.literal : `${name.family} ${name.given}`;

/**
 * What a format with a single note holds beyond its fields: the article's date as the data
 * knows it, the interviewer where the format has no field for one, and the cited quote.
 */
function notes({ item, quote, author }: Citation, words: CiteWords, interviewer: boolean) {
  return [
    item.note,
    ...(interviewer ? (item.interviewer ?? []).map((n) => words.interviewerNote(nameText(n))) : []),
    quote && words.quoteLine(quote, author),
  ].filter((note): note is string => Boolean(note));
}

/** The CSL-JSON item: the citation's item, with the quote in its note. */
export function cslJsonItem(cited: Citation, words: CiteWords): CslItem {
  const note = notes(cited, words, false).join(words.noteJoin);
  const { note: _, ...item } = cited.item;
  return note ? { ...item, note } : item;
}

export function machineCitation(format: MachineFormat, cited: Citation, words: CiteWords) {
  switch (format) {
    case 'bibtex': {
      const note = notes(cited, words, true);
      return bibtexEntry(cited.item, note.length ? note.join(words.noteJoin) : undefined);
    }
    case 'ris':
      return risRecord(cited.item, notes(cited, words, true));
    case 'csl-json':
      return JSON.stringify([cslJsonItem(cited, words)], null, 2);
  }
}

/** A styled citation from its CSL parts: for a quote, the quote and its in-text citation first. */
export function styledCitation(
  format: StyledFormat,
  parts: StyledParts,
  { quote, author }: Citation,
  words: CiteWords,
): string {
  const line = quote && { line: words.quoteLine(quote, author), join: words.inTextJoin };
  return composeStyled(format, parts, line);
}
