import type { ReactNode } from 'react';
import { BrowserRouter, StaticRouter } from 'react-router';
import { withBase } from '@/lib/base-path';
import { useClientValue } from '@/lib/use-hydrated';

/**
 * Where the static host's not-found page (404.html) is prerendered: it is served for any
 * unknown address, so it cannot know which.
 */
export const FALLBACK_PATH = '/404';

/**
 * The browser's address as the app's router. A page the host served at another address than
 * it was prerendered for (`hydrateAt`: the static host's not-found page, or any page behind
 * an `index.html` fallback, see src/lib/prerendered-path.ts) first hydrates at that path, as
 * prerendered, and then moves to the address the reader asked for.
 */
export function SiteRouter({
  basename,
  hydrateAt,
  children,
}: {
  basename: string;
  hydrateAt: string | null;
  children: ReactNode;
}) {
  const atPrerenderedPath = useClientValue(false, hydrateAt !== null);
  if (hydrateAt !== null && atPrerenderedPath)
    return (
      <StaticRouter basename={basename} location={withBase(basename, hydrateAt)}>
        {children}
      </StaticRouter>
    );
  return <BrowserRouter basename={basename}>{children}</BrowserRouter>;
}
