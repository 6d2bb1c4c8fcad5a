import { useEffect, useRef, useState } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { isSearchShortcut } from './search-shortcut';
import { clipQuery, SEARCH_QUERY_LIMIT, useSearchQuery } from './use-search-query';

/**
 * The header's search box. Typing searches at once (`/search?q=…`, so a search can be shared
 * and reloaded); `/` focuses it from anywhere. Without JavaScript it is a plain GET form.
 */
export function SearchBox() {
  const t = useText();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const onSearchPage = pathname === paths.search();
  const urlQuery = useSearchQuery();
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);

  // Back and Forward change the query in the URL: the box follows.
  const [lastUrlQuery, setLastUrlQuery] = useState(urlQuery);
  if (urlQuery !== lastUrlQuery) {
    setLastUrlQuery(urlQuery);
    setValue(urlQuery);
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      // On a phone the box sits behind the header's search disclosure: open it first.
      const disclosure = input.current?.closest('details');
      if (disclosure) disclosure.open = true;
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function search(typed: string) {
    const query = clipQuery(typed);
    setValue(query);
    const next = new URLSearchParams({ q: query });
    // One history entry per search, not per keystroke.
    void navigate({ pathname: paths.search(), search: `?${next}` }, { replace: onSearchPage });
  }

  // Without JavaScript the form is a plain GET to the search page, under the base path.
  const action = useHref(paths.search());
  return (
    <form
      role="search"
      className="search-box"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        search(value);
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t.searchLabel}
      </label>
      <input
        id="site-search"
        ref={input}
        type="search"
        name="q"
        value={value}
        placeholder={t.searchPlaceholder}
        maxLength={SEARCH_QUERY_LIMIT}
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
        onChange={(event) => search(event.currentTarget.value)}
      />
    </form>
  );
}
