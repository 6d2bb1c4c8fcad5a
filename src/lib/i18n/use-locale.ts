import { useSearchParams } from 'react-router';
import {
  useBrowserScript,
  useIsHydrated,
  useLanguagePreference,
  useLinkLanguage,
  useLinkScript,
  useScriptPreference,
} from '@/lib/preferences';
import {
  DEFAULT_LANGUAGE,
  parseLanguage,
  parseScript,
  SOURCE_SCRIPT,
  uiTag,
  type LangTag,
  type Locale,
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
  const hydrated = useIsHydrated();
  const chosenScript = useScriptPreference();
  const chosenLanguage = useLanguagePreference();
  const linkScript = useLinkScript();
  const linkLanguage = useLinkLanguage();
  const browserScript = useBrowserScript();
  const wanted: Locale = hydrated
    ? {
        script:
          parseScript(params.get('script')) ??
          linkScript ??
          chosenScript ??
          browserScript ??
          SOURCE_SCRIPT,
        language:
          parseLanguage(params.get('lang')) ?? linkLanguage ?? chosenLanguage ?? DEFAULT_LANGUAGE,
      }
    : SOURCE_LOCALE;
  const wantedTag = uiTag(wanted);
  const catalogue = useCatalogueLoad(wantedTag);
  const locale =
    loadedCatalogue(wantedTag) || catalogue?.state === 'ready' ? wanted : SOURCE_LOCALE;
  return { ...locale, tag: uiTag(locale) };
}
