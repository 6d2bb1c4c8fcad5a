import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadPageDebate } from './model/page-debate';
import { App } from './app';
import { preloadPage } from './routes/route-table';
import { loadMessages } from './lib/i18n/catalogues';
import { ReadingProvider } from './lib/i18n/reading-context';
import { prerenderedElsewhere } from './lib/prerendered-path';
import { parseReading, placeBasename, placeOf, samePlace, type PagePlace } from './lib/reading';
import { SiteRouter } from './routes/site-router';
import './styles/app.css';

// The base path keeps its trailing slash, so the overview's address is /folder/, not /folder.
const basePath = import.meta.env.BASE_URL;

/** Where the page was prerendered: its reading, and whether its address names it. */
function prerenderedPlace(container: HTMLElement): PagePlace | null {
  const reading = parseReading(container.dataset.reading);
  return reading ? { reading, explicit: container.dataset.explicit !== undefined } : null;
}

async function start(container: HTMLElement) {
  // The reading is the address's: a prerendered page at its own address is in that reading.
  const place = placeOf(basePath, location.pathname);
  const basename = placeBasename(basePath, place);
  const prerendered = prerenderedPlace(container);
  // A page served at another address than its own (the static host's not-found page, or an
  // index.html fallback) hydrates as prerendered, then shows the address's page (SiteRouter);
  // served at an address in another reading, it is rendered afresh in the address's reading.
  const hydrate = prerendered !== null && samePlace(prerendered, place);
  const hydrateAt = hydrate
    ? prerenderedElsewhere(basename, location.pathname, container.dataset.path)
    : null;
  const [data, messages] = await Promise.all([
    loadPageDebate(place.reading),
    loadMessages(place.reading),
    preloadPage(location.pathname, basename, place.reading),
    hydrateAt === null ? undefined : preloadPage(hydrateAt, '/', place.reading),
  ]);
  const app = (
    <StrictMode>
      <ReadingProvider place={place} messages={messages}>
        <SiteRouter basename={basename} hydrateAt={hydrateAt}>
          <App data={data} />
        </SiteRouter>
      </ReadingProvider>
    </StrictMode>
  );
  if (hydrate) {
    startTransition(() => void hydrateRoot(container, app));
    return;
  }
  // The development server serves the page unrendered; a page in another reading is replaced.
  container.replaceChildren();
  createRoot(container).render(app);
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root to render the site into.');
start(container).catch((error: unknown) =>
  console.error('The debate could not be loaded; the page stays as it was served.', error),
);
