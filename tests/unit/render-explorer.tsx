import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import type { Debate } from '@/model/debate-schema';
import { bundledDebate } from '@/model/bundled-debate';
import { DebateProvider } from '@/model/debate-context';
import { withoutEnglish } from '@/model/localize-debate';
import ExplorerLayout from '@/routes/explorer-layout';
import NotFoundPage from '@/routes/not-found';
import Overview from '@/routes/overview';
import SpeakerPage from '@/routes/speaker';
import StancePage from '@/routes/stance';
import TopicPage from '@/routes/topic';
import SourcePage from '@/routes/source';
import AboutPage from '@/routes/about';
import SearchPage from '@/routes/search';
import { SiteHeader, useLinkLocale } from '@/routes/site-header';
import { rehydratePreferences } from '@/lib/preferences';

const bundledAsHydrated = withoutEnglish(bundledDebate);

/** What src/root.tsx's App adds around every page, less the document. */
function Shell() {
  useEffect(rehydratePreferences, []);
  useLinkLocale();
  return (
    <>
      <SiteHeader />
      <Outlet />
    </>
  );
}

/**
 * Renders the app's routes (as src/routes.ts declares them) at `url`, in memory: with the
 * bundled debate as the pages hydrate with it (its English loads on demand), or with `debate`
 * as if opened from disk.
 */
export function renderExplorer(url: string, debate?: Debate) {
  const router = createMemoryRouter(
    [
      {
        Component: Shell,
        children: [
          {
            path: '/',
            Component: ExplorerLayout,
            children: [
              { index: true, Component: Overview },
              { path: 'topics/:topicId', Component: TopicPage },
              { path: 'topics/:topicId/:speakerId', Component: StancePage },
              { path: 'speakers/:speakerId', Component: SpeakerPage },
            ],
          },
          { path: '/source', Component: SourcePage },
          { path: '/about', Component: AboutPage },
          { path: '/search', Component: SearchPage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  const view = render(
    <DebateProvider debate={debate ?? bundledAsHydrated} bundled={!debate}>
      <RouterProvider router={router} />
    </DebateProvider>,
  );
  return { ...view, router };
}
