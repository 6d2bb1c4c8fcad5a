import type { ReactNode } from 'react';
import { BrowserRouter, StaticRouter } from 'react-router';
import { withBase } from '@/lib/base-path';
import { useHydrated } from '@/lib/use-hydrated';

/**
 * Where the static host's not-found page (404.html) is prerendered: it is served for any
 * unknown address, so it cannot know which.
 */
export const FALLBACK_PATH = '/404';

/**
 * The browser's address as the app's router. On the static host's not-found page, which was
 * prerendered at FALLBACK_PATH, the app first hydrates at that address, as prerendered, and
 * then moves to the address the reader asked for.
 */
export function SiteRouter({
  basename,
  fallback,
  children,
}: {
  basename: string;
  fallback: boolean;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  if (fallback && !hydrated)
    return (
      <StaticRouter basename={basename} location={withBase(basename, FALLBACK_PATH)}>
        {children}
      </StaticRouter>
    );
  return <BrowserRouter basename={basename}>{children}</BrowserRouter>;
}
