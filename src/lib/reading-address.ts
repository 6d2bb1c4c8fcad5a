import { useHref } from 'react-router';
import { withBase } from './base-path';

// Every address the site writes into a citation or a download: the app path under the site's
// public root (SITE_URL when the build knew it, else this origin), under the router's
// basename, which holds the base path and the reading's own prefix (/zh-hans/, /en/, or none
// at the default address). So an address names the reading the reader is in.

/**
 * The absolute address of app path `path` (with `hash`, a fragment) in the reading of the
 * current address. A function, called when needed: the prerender has no `window`.
 */
export function useReadingAddress(): (path: string, hash?: string) => string {
  const base = useHref('/');
  return (path, hash) => {
    const root = import.meta.env.SITE_URL
      ? new URL(import.meta.env.SITE_URL).origin
      : window.location.origin;
    const fragment = hash === undefined ? '' : `#${encodeURIComponent(hash)}`;
    return new URL(`${withBase(base, path)}${fragment}`, root).href;
  };
}
