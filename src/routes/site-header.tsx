import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDebateView } from '@/model/debate-context';
import { paths } from '@/lib/paths';
import { parseLanguage, parseScript } from '@/lib/i18n/locale';
import { useText } from '@/lib/i18n/use-text';
import { usePreferenceEvents } from '@/lib/preferences';
import { ReadingOptions } from '@/features/reading-options/reading-options';
import { SearchBox } from '@/features/search/search-box';

// Not a route module: the header every page shares. It lives beside the routes because,
// like them, it composes features (search, reading options), which features never do.

/** The site's name, the debate in view, the main pages, search and the reading options. */
export function SiteHeader() {
  const t = useText();
  const { debate, dataLang, conversionFailed } = useDebateView();
  return (
    <header className="site-header">
      <Link to={paths.overview()} className="site-name">
        {t.siteName}
      </Link>
      <span className="site-debate" lang={dataLang}>
        {debate.title}
      </span>
      <nav className="site-nav" aria-label={t.siteName}>
        <Link to={paths.overview()}>{t.navMatrix}</Link>
        <Link to={paths.source()}>{t.navSource}</Link>
        <Link to={paths.about()}>{t.navAbout}</Link>
      </nav>
      <SearchBox />
      <ReadingOptions />
      {conversionFailed && (
        <p className="notice" role="alert">
          {t.conversionFailed}
        </p>
      )}
    </header>
  );
}

/** A link that asks for a script or language (?script=, ?lang=) sets it for this visit. */
export function useLinkLocale() {
  const [params] = useSearchParams();
  const { linkFollowed } = usePreferenceEvents();
  const script = parseScript(params.get('script'));
  const language = parseLanguage(params.get('lang'));
  useEffect(() => {
    if (script || language) linkFollowed({ script, language });
  }, [script, language, linkFollowed]);
}
