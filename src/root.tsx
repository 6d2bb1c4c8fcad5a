import { useEffect, type ReactNode } from 'react';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData } from 'react-router';
import { bundledDebate } from '@/model/bundled-debate';
import { DebateProvider } from '@/model/debate-context';
import { withoutEnglish } from '@/model/localize-debate';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import { rehydratePreferences } from '@/lib/preferences';
import { RouteError } from '@/ui/route-error';
import { OpenDebateControl } from '@/features/open-debate/open-debate-control';
import { useOpenedDebate } from '@/features/open-debate/opened-debate-store';
import { SiteHeader, useLinkLocale } from './routes/site-header';
import './styles/app.css';

// Public files sit under the base path when the site is hosted under a sub-path.
export const links = () => [
  { rel: 'icon', href: `${import.meta.env.BASE_URL}favicon.svg`, type: 'image/svg+xml' },
];

/**
 * Runs when the site is built: every page carries the debate as data in its HTML rather
 * than in a script, without its English, which loads only for readers who ask for it.
 */
export function loader() {
  return { debate: withoutEnglish(bundledDebate) };
}

// The debate never changes while the site runs: no navigation needs the loader again (a
// static host has no loader to call).
export const shouldRevalidate = () => false;

export function Layout({ children }: { children: ReactNode }) {
  const t = useText();
  return (
    <html lang={useLocale().tag}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/**
 * Marks the document once React has hydrated it: the page's scripts run only after its first
 * paint (scripts/paint-first.mjs), so until then its controls are plain HTML. The browser
 * tests wait for this mark before they interact.
 */
function markHydrated() {
  document.documentElement.dataset.hydrated = 'true';
}

export default function App() {
  useEffect(rehydratePreferences, []);
  useEffect(markHydrated, []);
  useLinkLocale();
  const { debate } = useLoaderData<typeof loader>();
  const opened = useOpenedDebate();
  return (
    <DebateProvider debate={opened?.debate ?? debate} source={opened?.source} bundled={!opened}>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <OpenDebateControl />
        <Outlet />
      </main>
    </DebateProvider>
  );
}

export function ErrorBoundary() {
  return (
    <main id="main" tabIndex={-1}>
      <RouteError />
    </main>
  );
}
