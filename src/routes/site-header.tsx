import { useEffect, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { paths } from '@/lib/paths';
import { parseLanguage, parseScript } from '@/lib/i18n/locale';
import { useText } from '@/lib/i18n/use-text';
import { usePreferenceEvents } from '@/lib/preferences';
import { ReadingOptions } from '@/features/reading-options/reading-options';
import { SearchBox } from '@/features/search/search-box';

// Not a route module: the header every page shares. It lives beside the routes because,
// like them, it composes features (search, reading options), which features never do.

/**
 * The site's name, the debate in view, the main pages, search and the reading options. On a
 * phone it is one row: the name, then search and a menu behind native disclosures (<details>),
 * which need no JavaScript to open, so the prerendered page's links are reachable before it
 * hydrates. On a wide screen the disclosures' contents are laid out inline (see app.css).
 */
export function SiteHeader() {
  const t = useText();
  const { debate, dataLang, conversionFailed } = useDebateView();
  const { menu, search } = useHeaderDisclosures();
  // In the studio the editor works on a draft of their own, not on the debate this site shows.
  const inStudio = useLocation().pathname.replace(/\/+$/, '') === paths.studio();
  return (
    <header className="site-header">
      <Link to={paths.overview()} className="site-name">
        {t.siteName}
      </Link>
      <details className="header-disclosure site-menu" ref={menu}>
        <summary>
          <span aria-hidden="true" className="disclosure-icon">
            ☰
          </span>
          {t.menu}
        </summary>
        <div className="site-menu-panel">
          {!inStudio && (
            <span className="site-debate" lang={dataLang}>
              {debate.title}
            </span>
          )}
          <nav className="site-nav" aria-label={t.siteName}>
            <Link to={paths.overview()}>{t.navMatrix}</Link>
            <Link to={paths.compare()}>{t.navCompare}</Link>
            <Link to={paths.source()}>{t.navSource}</Link>
            <Link to={paths.about()}>{t.navAbout}</Link>
          </nav>
          <ReadingOptions />
        </div>
      </details>
      <details className="header-disclosure site-search" ref={search}>
        <summary
          onClick={() => {
            // Opening search on a phone puts the cursor in the box.
            requestAnimationFrame(() => {
              if (search.current?.open) search.current.querySelector('input')?.focus();
            });
          }}
        >
          <span aria-hidden="true" className="disclosure-icon">
            ⌕
          </span>
          {t.search}
        </summary>
        <SearchBox />
      </details>
      {conversionFailed && (
        <p className="notice" role="alert">
          {t.conversionFailed}
        </p>
      )}
    </header>
  );
}

/** Wide enough for the header's single row (keep in step with app.css). */
const WIDE = '(min-width: 641px)';

/**
 * The header's two disclosures: Escape closes an open one and returns focus to its button; a
 * followed link leaves the phone's menu closed behind it; and where the browser cannot style a
 * closed disclosure's contents (::details-content), wide screens open them once the page runs.
 */
function useHeaderDisclosures() {
  const menu = useRef<HTMLDetailsElement>(null);
  const search = useRef<HTMLDetailsElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    const disclosures = [menu.current, search.current].filter((d) => d !== null);
    const onKeyDown = (event: KeyboardEvent) => {
      const details = event.currentTarget as HTMLDetailsElement;
      if (event.key !== 'Escape' || !details.open || window.matchMedia(WIDE).matches) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    for (const d of disclosures) d.addEventListener('keydown', onKeyDown);
    return () => {
      for (const d of disclosures) d.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  useEffect(() => {
    if (menu.current && !window.matchMedia(WIDE).matches) menu.current.open = false;
  }, [key]);

  useEffect(() => {
    if (globalThis.CSS?.supports?.('selector(::details-content)')) return;
    const wide = window.matchMedia(WIDE);
    const apply = () => {
      for (const d of [menu.current, search.current]) if (d) d.open = wide.matches;
    };
    apply();
    wide.addEventListener('change', apply);
    return () => wide.removeEventListener('change', apply);
  }, []);

  return { menu, search };
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
