import { useCallback } from 'react';
import { useReading } from './i18n/use-locale';
import { readingHref } from './reading';

/**
 * A function giving the absolute URL of an app path (with any query and fragment) at the
 * page's reading's own address, under the site's base path: what a copied link, an embed or a
 * citation names, so whoever opens it reads what the sharer read, even when the sharer was at
 * a default address. Call it when the URL is needed: only the browser knows its origin.
 */
export function useReadingUrl(): (appPath: string) => string {
  const reading = useReading();
  return useCallback(
    (appPath: string) =>
      new URL(readingHref(import.meta.env.BASE_URL, reading, appPath), window.location.origin).href,
    [reading],
  );
}
