import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem, Reading } from './citation-item.ts';
import type { QuoteWords, StyledParts } from './styled-citation.ts';
import { itemForStyle, type StyledFormat } from './style-items.ts';

// The four styled formats, by citation-js with the official CSL styles. Used in the browser
// for debates opened from disk (the bundled debate's are made at build time) and by the build.

const CSL_STYLE_OF: Record<StyledFormat, string> = {
  gbt7714: 'china-national-standard-gb-t-7714-2015-numeric',
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date',
};

/** Each reading's CSL locale: the style's terms ("採訪", "interview by") and date forms. */
const CSL_LOCALE_OF: Record<Reading, string> = {
  'zh-Hant': 'zh-TW',
  'zh-Hans': 'zh-CN',
  en: 'en-US',
};

interface Register {
  set: (name: string, value: unknown) => void;
}

/** Registers the styles and locales (citeproc-js's JSON form) with citation-js. */
export function registerCsl(csl: {
  styles: Record<string, object>;
  locales: Record<string, object>;
}) {
  const config = plugins.config.get('@csl') as { styles: Register; locales: Register };
  // `set`, not `add`: citeproc-js parses XML in the browser through a slow path (13 s for APA
  // on a test machine); the same style as JSON takes a fraction of a second.
  for (const [id, style] of Object.entries(csl.styles)) config.styles.set(id, style);
  for (const [tag, locale] of Object.entries(csl.locales)) config.locales.set(tag, locale);
}

const CLOSING: Record<string, string> = { '“': '”', '「': '」', '《': '》' };

/**
 * Chicago puts a full stop after an article's title (CMOS 15.9: “Title.” Interview by …); the
 * CSL style leaves it out when the title is followed by an interviewer. A title quoted in
 * English takes the stop inside its quotation marks, a Chinese one after them.
 */
function chicagoTitleStop(reference: string): string {
  const open = /[“「《]/.exec(reference);
  const close = open && CLOSING[open[0]];
  // Quotation marks nested in the title are of another kind (『』, 〈〉, ‘’).
  const at = close ? reference.indexOf(close, open.index) : -1;
  if (at < 0 || reference[at + 1] === '.' || reference[at - 1] === '.') return reference;
  return close === '”'
    ? `${reference.slice(0, at)}.”${reference.slice(at + 1)}`
    : `${reference.slice(0, at + 1)}.${reference.slice(at + 1)}`;
}

/** A style's reference entry for `item`, and its in-text citation as a quote's source. */
export function styledParts(
  item: CslItem,
  format: StyledFormat,
  reading: Reading,
  words: Pick<QuoteWords, 'citedIn'>,
): StyledParts {
  const cite = new Cite(itemForStyle(item, format, reading));
  const options = { template: CSL_STYLE_OF[format], lang: CSL_LOCALE_OF[reading], format: 'text' };
  const bibliography = cite.format('bibliography', options).trim();
  // GB/T's numeric list numbers each entry; composeStyled numbers it where a quote points at it.
  const reference =
    format === 'gbt7714'
      ? bibliography.replace(/^\[1\]\s*/, '')
      : format === 'chicago'
        ? chicagoTitleStop(bibliography)
        : bibliography;
  const prefix = format === 'gbt7714' ? '' : words.citedIn[format];
  const inText = cite.format('citation', { ...options, entry: [{ id: item.id, prefix }] }).trim();
  return { reference, inText };
}
