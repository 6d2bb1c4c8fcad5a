// Loaded only when a reader opens the cite dialog (dynamic import): citation-js, citeproc-js
// and the official CSL styles are ~120 kB gzip that no page needs at first.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import csl from 'virtual:csl-styles';
import { withYearOnly, type CslItem } from './citation-item';
import { CSL_STYLE_OF, type CitationFormat } from './citation-formats';

interface Register {
  set: (name: string, value: unknown) => void;
}
const cslConfig = plugins.config.get('@csl') as { styles: Register; locales: Register };
// `set`, not `add`: citation-js ships APA and en-US as XML, which citeproc-js parses in the
// browser through its slow XML path (13 s for APA on a test machine); the same official
// style as JSON takes a fraction of a second.
for (const [id, style] of Object.entries(csl.styles)) cslConfig.styles.set(id, style);
for (const [tag, locale] of Object.entries(csl.locales)) cslConfig.locales.set(tag, locale);
// BibTeX keeps the Chinese as it is (UTF-8, as biber and modern BibTeX read it) rather than
// dropping every character it cannot spell in ASCII.
// Its key is the item's id, which is stable and readable, rather than one made of the
// author's (absent) family name and the title's first word.
const bibtexConfig = plugins.config.get('@bibtex') as {
  format: { asciiOnly: boolean; useIdAsLabel: boolean };
};
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;

// Each style in its own language: GB/T 7714 in Chinese (its default locale, zh-CN), APA, MLA
// and Chicago in English, whose terms ("Interviewer", "by") and date forms they are written
// for; with a Chinese locale they print "著 崔玉賢" and "2025年春節後年".
const LOCALE_OF: Partial<Record<CitationFormat, string>> = { gbt7714: 'zh-CN' };

export function formatCitation(item: CslItem, format: CitationFormat): string {
  const cite = new Cite(item);
  const style = CSL_STYLE_OF[format];
  if (style)
    return (
      cite
        .format('bibliography', {
          format: 'text',
          template: style,
          lang: LOCALE_OF[format] ?? 'en-US',
        })
        .trim()
        // GB/T's numeric list numbers each entry; the number is for the reader's own list.
        .replace(/^\[1\]\s*/, '')
    );
  if (format === 'bibtex') return new Cite(withYearOnly(item)).format('bibtex').trim();
  if (format === 'ris') return new Cite(withYearOnly(item)).format('ris').trim();
  return JSON.stringify(cite.format('data', { format: 'object' }), null, 2);
}
