import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { pageDebate } from './model/page-debate';
import { App } from './app';
import { preloadPage } from './routes/route-table';
import { prerenderedElsewhere } from './lib/prerendered-path';
import { SiteRouter } from './routes/site-router';
import './styles/app.css';

// The base path keeps its trailing slash, so the overview's address is /folder/, not /folder.
const basename = import.meta.env.BASE_URL;

async function start(container: HTMLElement) {
  // A page served at another address than its own (the static host's not-found page, or an
  // index.html fallback) hydrates as prerendered, then shows the address's page (SiteRouter).
  const hydrateAt = prerenderedElsewhere(basename, location.pathname, container.dataset.path);
  const [debate] = await Promise.all([
    pageDebate(),
    preloadPage(location.pathname, basename),
    hydrateAt === null ? undefined : preloadPage(hydrateAt),
  ]);
  const app = (
    <StrictMode>
      <SiteRouter basename={basename} hydrateAt={hydrateAt}>
        <App debate={debate} />
      </SiteRouter>
    </StrictMode>
  );
  // The development server serves the page unrendered.
  if (container.firstElementChild) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root to render the site into.');
start(container).catch((error: unknown) =>
  console.error('The debate could not be loaded; the page stays as it was served.', error),
);
