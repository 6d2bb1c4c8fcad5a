import type { UiLanguage } from '@/lib/i18n/locale';

// The formats the cite dialog offers, and in which order: Chinese readers need GB/T 7714
// first, English readers APA. Styled formats name an official CSL style (by its id in the
// CSL styles repository, served by scripts/vite-plugin-csl-styles.ts); the others are
// citation-js's own output formats.

export type CitationFormat = 'gbt7714' | 'apa' | 'mla' | 'chicago' | 'bibtex' | 'ris' | 'csl-json';

export const CSL_STYLE_OF: Partial<Record<CitationFormat, string>> = {
  gbt7714: 'china-national-standard-gb-t-7714-2015-numeric',
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date',
};

const STYLED_ORDER: Record<UiLanguage, CitationFormat[]> = {
  zh: ['gbt7714', 'apa', 'mla', 'chicago'],
  en: ['apa', 'mla', 'chicago', 'gbt7714'],
};

/** Every format, in the order a reader of `language` looks for them. */
export function formatsFor(language: UiLanguage): CitationFormat[] {
  return [...STYLED_ORDER[language], 'bibtex', 'ris', 'csl-json'];
}

/** Formats that are code to paste into a reference manager, shown in monospace. */
export const isMachineFormat = (format: CitationFormat) =>
  format === 'bibtex' || format === 'ris' || format === 'csl-json';
