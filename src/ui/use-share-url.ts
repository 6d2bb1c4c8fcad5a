import { useHref } from 'react-router';
import { SOURCE_SCRIPT } from '@/lib/i18n/locale';
import { useLocale } from '@/lib/i18n/use-locale';

/**
 * The absolute URL to share for the app path `path` (with `hash`, a fragment, and `params`),
 * made when asked for, since only the browser knows its origin. The link carries the script
 * and language the sharer reads in, so the recipient sees what they saw.
 */
export function useShareUrl(
  path: string,
  { hash, params }: { hash?: string; params?: Record<string, string> } = {},
): () => string {
  const { script, language } = useLocale();
  // useHref adds the base path of a site hosted under a sub-path.
  const href = useHref(path);
  return () => {
    const url = new URL(href, window.location.origin);
    if (script !== SOURCE_SCRIPT) url.searchParams.set('script', script);
    if (language === 'en') url.searchParams.set('lang', 'en');
    for (const [name, value] of Object.entries(params ?? {})) url.searchParams.set(name, value);
    if (hash) url.hash = encodeURIComponent(hash);
    return url.href;
  };
}
