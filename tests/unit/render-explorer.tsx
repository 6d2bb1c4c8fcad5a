import { render } from '@testing-library/react';
import { Suspense, useEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import bundledHans from 'virtual:bundled-debate-hans';
import type { Debate } from '@/model/debate-schema';
import { bundledDebate } from '@/model/bundled-debate';
import { pageDebateFor } from '@/model/page-debate';
import { DebateProvider } from '@/lib/debate-view/debate-context';
import { loadMessages } from '@/lib/i18n/catalogues';
import { ReadingProvider } from '@/lib/i18n/reading-context';
import { placeBasename, placeOf, readings } from '@/lib/reading';
import { AppRoutes, preloadPage } from '@/routes/route-table';
import { SiteHeader } from '@/routes/site-header';
import { rehydratePreferences } from '@/lib/preferences';
import { preloadIslands } from '@/lib/lazy-island';

// Every reading's catalogue, and the lazily loaded pages' code and then their islands'
// (src/lib/lazy-island.tsx), loaded once, so that opening a page never suspends a test.
const catalogues = Object.fromEntries(
  await Promise.all(readings.map(async (reading) => [reading, await loadMessages(reading)])),
);
await Promise.all(
  readings.flatMap((reading) =>
    ['/', '/source', '/about', '/search', '/compare'].map((p) => preloadPage(p, '/', reading)),
  ),
);
await preloadIslands();

/** What src/app.tsx's App adds around every page, less the document's head. */
function Shell({ onLocation }: { onLocation: (location: Location) => void }) {
  useEffect(rehydratePreferences, []);
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
 * Renders the app's routes (src/routes/route-table.tsx) at `url`, in memory, in the reading
 * the address names (/zh-hans/…, /en/…; a default address /… is Traditional): with the
 * bundled debate as that reading's pages hydrate with it, or with `debate` as if opened from
 * disk. `router.state.location` is the address the app is at (within the reading).
 */
export function renderExplorer(url: string, debate?: Debate) {
  // The path as written: new URL() would read a path starting // as another host.
  const place = placeOf('/', url.split(/[?#]/)[0] ?? '/');
  const data = pageDebateFor(place.reading, { hant: bundledDebate, hans: bundledHans });
  const router = { state: { location: undefined as unknown as Location } };
  const view = render(
    <ReadingProvider place={place} messages={catalogues[place.reading]!}>
      <DebateProvider
        debate={debate ?? data.debate}
        original={debate ? undefined : data.original}
        inReading={!debate}
      >
        <MemoryRouter basename={placeBasename('/', place)} initialEntries={[url]}>
          <Shell
            onLocation={(location) => {
              router.state.location = location;
            }}
          />
        </MemoryRouter>
      </DebateProvider>
    </ReadingProvider>,
  );
  return { ...view, router };
}
