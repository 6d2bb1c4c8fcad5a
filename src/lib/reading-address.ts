import { useHref, useLocation } from 'react-router';
import { withBase } from './base-path';

// Every address the site writes into a citation or a download: the app path under the site's
// public root (SITE_URL when the build knew it, else this origin), under the router's base
// path, in the reading of the address the reader is at. Today a reading is in the address's
// query (?script=hans, ?lang=en); when readings move to their own paths, this is the one
// place that builds an address in a reading.

const READING_PARAMS = ['script', 'lang'];

/** The reading part of an address's query: `?script=hans&lang=en`, or nothing. */
function readingQuery(search: string): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of READING_PARAMS) {
    const value = from.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : '';
}

/**
 * The absolute address of app path `path` (with `hash`, a fragment) in the reading of the
 * current address. A function, called when needed: the prerender has no `window`.
 */
export function useReadingAddress(): (path: string, hash?: string) => string {
  const base = useHref('/');
  const { search } = useLocation();
  return (path, hash) => {
    const root = import.meta.env.SITE_URL
      ? new URL(import.meta.env.SITE_URL).origin
      : window.location.origin;
    const fragment = hash === undefined ? '' : `#${encodeURIComponent(hash)}`;
    return new URL(`${withBase(base, path)}${readingQuery(search)}${fragment}`, root).href;
  };
}
