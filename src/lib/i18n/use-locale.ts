import { useSearchParams } from 'react-router';
import { useLocaleInputs, type LocaleInputs } from '@/lib/preferences';
import {
  DEFAULT_LANGUAGE,
  parseLanguage,
  parseScript,
  scripts,
  languages,
  SOURCE_SCRIPT,
  uiTag,
  type LangTag,
  type Locale,
  type Script,
  type UiLanguage,
} from './locale';
import { loadedCatalogue, useCatalogueLoad } from './catalogues';

const SOURCE_LOCALE: Locale = { script: SOURCE_SCRIPT, language: DEFAULT_LANGUAGE };

/**
 * The script and language to show, in order of precedence: the link (`?script=`, `?lang=`),
 * a link followed earlier in this visit, the reader's stored choice, the browser's
 * languages, and finally the source's own script. Until the page has hydrated it is always
 * the source's, so the first render matches the prerendered HTML; and it stays the source's
 * until the interface's messages in the wanted language have loaded, so the page switches
 * all at once.
 */
export function useLocale(): Locale & { tag: LangTag } {
  const [params] = useSearchParams();
  const linked = {
    script: parseScript(params.get('script')),
    language: parseLanguage(params.get('lang')),
  };
  // One string, so hydrating (which changes most inputs) re-renders only if the answer changes.
  const wantedKey = useLocaleInputs((inputs) => localeKey(resolve(inputs, linked)));
  const wanted = parseLocaleKey(wantedKey);
  const wantedTag = uiTag(wanted);
  // The source's catalogue is always there: asking for it would only re-render on arrival.
  const catalogue = useCatalogueLoad(wantedTag === uiTag(SOURCE_LOCALE) ? undefined : wantedTag);
  const locale =
    loadedCatalogue(wantedTag) || catalogue?.state === 'ready' ? wanted : SOURCE_LOCALE;
  return { ...locale, tag: uiTag(locale) };
}

function resolve(
  inputs: LocaleInputs,
  linked: { script: Script | undefined; language: UiLanguage | undefined },
): Locale {
  if (!inputs.hydrated) return SOURCE_LOCALE;
  return {
    script:
      linked.script ?? inputs.linkScript ?? inputs.script ?? inputs.browserScript ?? SOURCE_SCRIPT,
    language: linked.language ?? inputs.linkLanguage ?? inputs.language ?? DEFAULT_LANGUAGE,
  };
}

const localeKey = ({ script, language }: Locale) => `${script}|${language}`;

function parseLocaleKey(key: string): Locale {
  const [script, language] = key.split('|');
  return {
    script: scripts.find((s) => s === script) ?? SOURCE_SCRIPT,
    language: languages.find((l) => l === language) ?? DEFAULT_LANGUAGE,
  };
}
