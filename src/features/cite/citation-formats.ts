import type { UiLanguage } from '@/lib/i18n/locale';
import { STYLED_FORMATS, type StyledFormat } from './style-items.ts';

// The formats the cite dialog offers, and in which order: Chinese readers need GB/T 7714
// first, English readers APA. The styled formats are made by the official CSL styles; BibTeX,
// RIS and CSL-JSON are written from the same item for reference managers.

export type MachineFormat = 'bibtex' | 'ris' | 'csl-json';
export type CitationFormat = StyledFormat | MachineFormat;
const MACHINE_FORMATS: readonly MachineFormat[] = ['bibtex', 'ris', 'csl-json'];

const STYLED_ORDER: Record<UiLanguage, StyledFormat[]> = {
  zh: [...STYLED_FORMATS],
  en: ['apa', 'mla', 'chicago', 'gbt7714'],
};

/** Every format, in the order a reader of `language` looks for them. */
export function formatsFor(language: UiLanguage): CitationFormat[] {
  return [...STYLED_ORDER[language], ...MACHINE_FORMATS];
}

/** Formats that are code to paste into a reference manager, shown in monospace. */
export const isMachineFormat = (format: CitationFormat): format is MachineFormat =>
  (MACHINE_FORMATS as readonly string[]).includes(format);
