import type { Messages } from '@/lib/i18n/messages-zh-hant';
import type { CitationWords } from './citation-item.ts';
import type { QuoteWords } from './styled-citation.ts';

// The catalogue's words a citation is written with, in one object, so that the dialog and the
// build's prerender of the bundled debate's citations write them the same way.

export interface CiteWords extends CitationWords, QuoteWords {
  /** "採訪：丁廣勝": the interviewer, in a format with no field for one. */
  interviewerNote: (name: string) => string;
  /** Joins the notes of a format that has one note field. */
  noteJoin: string;
}

export function citeWords(t: Messages): CiteWords {
  return {
    siteName: t.siteName,
    versionLabel: t.cite.versionLabel,
    stanceOf: t.stanceOf,
    subtitled: t.cite.subtitled,
    qualified: t.cite.qualified,
    outletColumn: t.cite.outletColumn,
    quoteLine: t.cite.quoteLine,
    citedIn: t.cite.citedIn,
    inTextJoin: t.cite.inTextJoin,
    interviewerNote: t.cite.interviewerNote,
    noteJoin: t.cite.noteJoin,
  };
}
