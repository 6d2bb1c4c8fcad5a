import { useEffect, type ReactNode } from 'react';
import { Link, Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router';
import { bundledDebate } from '@/model/bundled-debate';
import { DebateProvider } from '@/model/debate-context';
import { paths } from '@/lib/paths';
import { rehydratePreferences } from '@/lib/preferences';
import { uiText } from '@/lib/ui-text';
import { RouteError } from '@/ui/route-error';
import { OpenDebateControl } from '@/features/open-debate/open-debate-control';
import { useOpenedDebate } from '@/features/open-debate/opened-debate-store';
import './styles/app.css';

// Public files sit under the base path when the site is hosted under a sub-path.
export const links = () => [
  { rel: 'icon', href: `${import.meta.env.BASE_URL}favicon.svg`, type: 'image/svg+xml' },
];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hant">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {uiText.skipToContent}
        </a>
        <header className="site-header">
          <Link to={paths.overview()} className="site-name">
            {uiText.siteName}
          </Link>
          <span className="site-debate">{bundledDebate.title}</span>
          <nav className="site-nav" aria-label={uiText.siteName}>
            <Link to={paths.overview()}>{uiText.navMatrix}</Link>
            <Link to={paths.source()}>{uiText.navSource}</Link>
            <Link to={paths.about()}>{uiText.navAbout}</Link>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  useEffect(rehydratePreferences, []);
  const opened = useOpenedDebate();
  return (
    <DebateProvider debate={opened?.debate ?? bundledDebate} source={opened?.source}>
      <OpenDebateControl />
      <Outlet />
    </DebateProvider>
  );
}

export { RouteError as ErrorBoundary };
