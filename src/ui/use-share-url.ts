import { useReadingUrl } from '@/lib/use-reading-url';

/**
 * The absolute URL to share for the app path `path` (with `hash`, a fragment, and `params`),
 * made when asked for, since only the browser knows its origin. The link is the page's
 * address in the reading the sharer reads, so the recipient sees what they saw.
 */
export function useShareUrl(
  path: string,
  { hash, params }: { hash?: string; params?: Record<string, string> } = {},
): () => string {
  const urlOf = useReadingUrl();
  return () => {
    const url = new URL(urlOf(path));
    for (const [name, value] of Object.entries(params ?? {})) url.searchParams.set(name, value);
    if (hash) url.hash = encodeURIComponent(hash);
    return url.href;
  };
}
