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
const ACCESSED_PRINTED = '1111-11-11';
const URL_SLOT = '{{url}}';
const ACCESSED_SLOT = '{{accessed}}';

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
  const template = text
    .split(URL_STAND_IN)
    .join(URL_SLOT)
    .split(ACCESSED_PRINTED)
    .join(ACCESSED_SLOT);
  if (template.includes('1111') || template.includes('cited.invalid'))
    throw new Error(`a style prints a stand-in in a form the dialog cannot fill: ${text}`);
  return template;
}

const pad = (n: number) => String(n).padStart(2, '0');

function fillTemplate(template: string, { url, accessed }: { url: string; accessed: Date }) {
  const date = `${accessed.getFullYear()}-${pad(accessed.getMonth() + 1)}-${pad(accessed.getDate())}`;
  return template.split(URL_SLOT).join(url).split(ACCESSED_SLOT).join(date);
}
