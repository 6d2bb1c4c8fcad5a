import type { CiteTarget } from '@/ui/cite-slot';
import type { CitationKind } from './citation-item.ts';
import type { StyledParts } from './styled-citation.ts';
import type { StyledFormat } from './style-items.ts';

// The bundled debate's styled citations are made when the site is built, so its readers never
// download citation-js and citeproc-js. Two things are known only when the dialog opens: the
// page's address and today's date. The build formats each citation with a stand-in for each,
// and keeps the text as a template with a slot where the stand-in was printed; the dialog
// fills the slots. The build fails if a style prints a stand-in in any other form.

export type StyledTemplates = Record<StyledFormat, StyledParts>;

export interface PrerenderedCitations {
  /** The debate and data version they were made for: any other debate is formatted live. */
  debateId: string;
  version: string | undefined;
  templates: Record<string, StyledTemplates>;
}

/** Stands in for the page's whole address, with a quote's fragment. */
export const URL_STAND_IN = 'https://cited.invalid/page';
export const ACCESSED_STAND_IN = new Date(1111, 10, 11);
const URL_SLOT = '{{url}}';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// MLA's abbreviations (MLA Handbook, 9th ed.): May, June and July are written in full.
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const pad = (n: number) => String(n).padStart(2, '0');
// The forms the styles print an access date in: numeric (most), and in full where a style
// spells out a retrieval date, as APA does for a page without a date of its own, in Chinese
// or in English. Each has a slot of its own, filled in the same form.
const ACCESSED_FORMS: { slot: string; print: (d: Date) => string }[] = [
  {
    slot: '{{accessed}}',
    print: (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
  },
  {
    slot: '{{accessed-zh}}',
    print: (d) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`,
  },
  {
    slot: '{{accessed-en}}',
    print: (d) => `${MONTHS[d.getMonth()] ?? ''} ${d.getDate()}, ${d.getFullYear()}`,
  },
  {
    slot: '{{accessed-mla}}',
    print: (d) => `${d.getDate()} ${MLA_MONTHS[d.getMonth()] ?? ''} ${d.getFullYear()}`,
  },
];

/**
 * The template of what is cited. An article's reference is the same whatever is quoted (the
 * quote is put before it in the dialog); a page's is the page's.
 */
export function templateKey(kind: CitationKind, target: CiteTarget): string {
  if (kind === 'article') return 'article';
  switch (target.kind) {
    case 'debate':
      return 'page';
    case 'topic':
      return `page|${target.topicId}`;
    // A quote's page is its stance's: only the address (a slot) has the quote's fragment.
    case 'stance':
    case 'quote':
      return `page|${target.topicId}|${target.speakerId}`;
  }
}

/** The parts of a styled citation as templates, and back. */
export function partsTemplate({ reference, inText }: StyledParts): StyledParts {
  return { reference: toTemplate(reference), inText: toTemplate(inText) };
}

export function fillParts(parts: StyledParts, values: { url: string; accessed: Date }) {
  return {
    reference: fillTemplate(parts.reference, values),
    inText: fillTemplate(parts.inText, values),
  };
}

/** A citation formatted with the stand-ins, as a template. */
export function toTemplate(text: string): string {
  const template = ACCESSED_FORMS.reduce(
    (t, { slot, print }) => t.split(print(ACCESSED_STAND_IN)).join(slot),
    text.split(URL_STAND_IN).join(URL_SLOT),
  );
  if (template.includes('1111') || template.includes('cited.invalid'))
    throw new Error(`a style prints a stand-in in a form the dialog cannot fill: ${text}`);
  return template;
}

function fillTemplate(template: string, { url, accessed }: { url: string; accessed: Date }) {
  return ACCESSED_FORMS.reduce(
    (t, { slot, print }) => t.split(slot).join(print(accessed)),
    template.split(URL_SLOT).join(url),
  );
}
