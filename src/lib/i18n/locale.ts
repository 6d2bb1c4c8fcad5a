// How the reader wants to read: the interface language and the Chinese script. The debate's
// source is Traditional Chinese; everything else is derived from it.

export const scripts = ['hant', 'hans'] as const;
export type Script = (typeof scripts)[number];
export const languages = ['zh', 'en'] as const;
export type UiLanguage = (typeof languages)[number];
/** BCP 47 tags for the `lang` attribute, so screen readers and fonts follow the text. */
export type LangTag = 'zh-Hant' | 'zh-Hans' | 'en';

export const SOURCE_SCRIPT: Script = 'hant';
export const DEFAULT_LANGUAGE: UiLanguage = 'zh';

export interface Locale {
  script: Script;
  language: UiLanguage;
}

export const scriptTag = (script: Script): LangTag => (script === 'hans' ? 'zh-Hans' : 'zh-Hant');

/** The tag of the interface: English, or Chinese in the reader's script. */
export const uiTag = ({ script, language }: Locale): LangTag =>
  language === 'en' ? 'en' : scriptTag(script);

const SIMPLIFIED_REGIONS = new Set(['cn', 'sg', 'my']);
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The script a browser's language list asks for, if any: zh-CN and zh-SG read Simplified,
 * zh-TW, zh-HK and zh-MO Traditional; an explicit zh-Hans / zh-Hant wins over the region.
 */
export function scriptFromLanguages(preferred: readonly string[]): Script | undefined {
  for (const tag of preferred) {
    const [language, ...subtags] = tag.toLowerCase().split(/[-_]/);
    if (language !== 'zh') continue;
    if (subtags.includes('hans')) return 'hans';
    if (subtags.includes('hant')) return 'hant';
    if (subtags.some((s) => SIMPLIFIED_REGIONS.has(s))) return 'hans';
    if (subtags.some((s) => TRADITIONAL_REGIONS.has(s))) return 'hant';
  }
  return undefined;
}

/** `?script=hans` / `?script=hant`; anything else is ignored. */
export function parseScript(value: string | null | undefined): Script | undefined {
  return scripts.find((s) => s === value);
}

/** `?lang=en` / `?lang=zh`; anything else is ignored. */
export function parseLanguage(value: string | null | undefined): UiLanguage | undefined {
  return languages.find((l) => l === value);
}
