import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { matchPath, StaticRouter } from 'react-router';
import { bundledDebate } from './model/bundled-debate';
import { withoutEnglish } from './model/localize-debate';
import { withBase } from './lib/base-path';
import { headTagsHtml } from './lib/document-head';
import { absoluteUrl } from './lib/paths';
import {
  jsonLdScript,
  stanceStructuredData,
  topicStructuredData,
  type UrlOf,
} from './lib/structured-data';
import { shareCards } from './features/share-image/share-card';
import { App } from './app';
import { pageHead, pageModules, preloadPage } from './routes/route-table';
import { preloadIslands } from './lib/lazy-island';
import { FALLBACK_PATH } from './routes/site-router';

// Used when the site is built (scripts/prerender.ts): renders each page to static HTML.

/** The debate every page shows as prerendered, and fetches as data to hydrate with. */
export const pageDebate = withoutEnglish(bundledDebate);

/** Every page's share card, which the build draws as its share image. */
export const pageShareCards = () => shareCards(pageDebate);

export interface RenderedPage {
  /** The page's head tags, as HTML. */
  head: string;
  /** The app's HTML, for the page's #root. */
  body: string;
  /** The source files of the lazily loaded code the page needs. */
  modules: string[];
  /** The app path the page was rendered at. */
  path: string;
}

/** The schema.org JSON-LD of the stance and topic pages, as a script for their head. */
function structuredData(pathname: string, urlOf: UrlOf): string {
  const stance = matchPath('/topics/:topicId/:speakerId', pathname);
  const topic = matchPath('/topics/:topicId', pathname);
  const data = stance
    ? stanceStructuredData(pageDebate, stance.params.topicId, stance.params.speakerId, urlOf)
    : topic && topicStructuredData(pageDebate, topic.params.topicId, urlOf);
  return data ? jsonLdScript(data) : '';
}

/**
 * The page at `path` (an app path, without the base path), or with `fallback` the static
 * host's not-found page.
 */
export async function renderPage(
  path: string,
  { basename, fallback = false }: { basename: string; fallback?: boolean },
): Promise<RenderedPage> {
  const pathname = fallback ? FALLBACK_PATH : path;
  await preloadPage(pathname);
  // After the page's code: the islands in a lazily loaded page register as it loads.
  await preloadIslands();
  const body = renderToString(
    <StrictMode>
      <StaticRouter basename={basename} location={withBase(basename, pathname)}>
        <App debate={pageDebate} />
      </StaticRouter>
    </StrictMode>,
  );
  // React turns an error while rendering into an empty boundary the browser renders instead:
  // a page that shows nothing without JavaScript. Fail the build, naming the error.
  const failed = /<!--\$!-->(?:<template[^>]*data-msg="([^"]*)")?/.exec(body);
  if (failed)
    throw new Error(
      `prerender: ${pathname} did not render: ${failed[1] ?? 'an error in a boundary'}`,
    );
  // The URLs in the data are absolute where the build knows the public root (SITE_URL);
  // else relative to the host, which a JSON-LD reader resolves against the page.
  const siteUrl = import.meta.env.SITE_URL;
  const urlOf: UrlOf = (p) => (siteUrl ? absoluteUrl(siteUrl, p) : withBase(basename, p));
  return {
    head: headTagsHtml(pageHead(pathname, pageDebate)) + structuredData(pathname, urlOf),
    body,
    modules: pageModules(pathname),
    path: pathname,
  };
}
