import { render } from '@testing-library/react';
import { Suspense, useEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import type { Debate } from '@/model/debate-schema';
import { bundledDebate } from '@/model/bundled-debate';
import { DebateProvider } from '@/lib/debate-view/debate-context';
import { withoutEnglish } from '@/model/localize-debate';
import { AppRoutes, preloadPage } from '@/routes/route-table';
import { SiteHeader, useLinkLocale } from '@/routes/site-header';
import { rehydratePreferences } from '@/lib/preferences';
import { preloadIslands } from '@/lib/lazy-island';

const bundledAsHydrated = withoutEnglish(bundledDebate);

// The lazily loaded pages' code and then their islands' (src/lib/lazy-island.tsx), loaded
// once, so that opening a page never suspends a test.
await Promise.all(['/', '/source', '/about', '/search', '/compare'].map((p) => preloadPage(p)));
await preloadIslands();

/** What src/app.tsx's App adds around every page, less the document's head. */
function Shell({ onLocation }: { onLocation: (location: Location) => void }) {
  useEffect(rehydratePreferences, []);
  useLinkLocale();
  const location = useLocation();
  useEffect(() => onLocation(location), [location, onLocation]);
  return (
    <>
      <SiteHeader />
      <Suspense>
        <AppRoutes />
      </Suspense>
    </>
  );
}

/**
 * Renders the app's routes (src/routes/route-table.tsx) at `url`, in memory: with the bundled
 * debate as the pages hydrate with it (its English loads on demand), or with `debate` as if
 * opened from disk. `router.state.location` is the address the app is at.
 */
export function renderExplorer(url: string, debate?: Debate) {
  const router = { state: { location: undefined as unknown as Location } };
  const view = render(
    <DebateProvider debate={debate ?? bundledAsHydrated} bundled={!debate}>
      <MemoryRouter initialEntries={[url]}>
        <Shell
          onLocation={(location) => {
            router.state.location = location;
          }}
        />
      </MemoryRouter>
    </DebateProvider>,
  );
  return { ...view, router };
}
