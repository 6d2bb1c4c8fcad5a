import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { matchPath, StaticRouter } from 'react-router';
import bundledHans from 'virtual:bundled-debate-hans';
import { bundledDebate } from './model/bundled-debate';
import { pageDebateFor, type PageDebate } from './model/page-debate';
import { withBase } from './lib/base-path';
import { headTagsHtml } from './lib/document-head';
import { catalogueModule } from './lib/i18n/catalogues';
import { ReadingProvider } from './lib/i18n/reading-context';
import { allCatalogues as catalogues } from './lib/i18n/all-catalogues';
import { pageWords, type PageWords } from './lib/page-words';
import { absoluteUrl } from './lib/paths';
import { placeBasename, placePath, readings, type PagePlace, type Reading } from './lib/reading';
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

// Used when the site is built (scripts/prerender.ts): renders each page, in each reading, to
// static HTML.

/** The debate each reading's pages show as prerendered, and fetch as data to hydrate with. */
export const pageDebates = Object.fromEntries(
  readings.map((reading) => [
    reading,
    pageDebateFor(reading, { hant: bundledDebate, hans: bundledHans }),
  ]),
) as Record<Reading, PageDebate>;

const wordsAt = (place: PagePlace) =>
  pageWords(place, pageDebates[place.reading], catalogues[place.reading]);

/** Every page's share card in `reading`, which the build draws as its share image. */
export const pageShareCards = (reading: Reading) =>
  shareCards(wordsAt({ reading, explicit: true }));

export interface RenderedPage {
  /** The page's head tags, as HTML. */
  head: string;
  /** The app's HTML, for the page's #root. */
  body: string;
  /** The source files of the lazily loaded code (and text) the page needs, its catalogue's too. */
  modules: string[];
  /** The app path the page was rendered at. */
  path: string;
}

/** The schema.org JSON-LD of the stance and topic pages, as a script for their head. */
function structuredData(pathname: string, words: PageWords, urlOf: UrlOf): string {
  const stance = matchPath('/topics/:topicId/:speakerId', pathname);
  const topic = matchPath('/topics/:topicId', pathname);
  const data = stance
    ? stanceStructuredData(words, stance.params.topicId, stance.params.speakerId, urlOf)
    : topic && topicStructuredData(words, topic.params.topicId, urlOf);
  return data ? jsonLdScript(data) : '';
}

/**
 * The page at `path` (an app path, without the base path or reading) at `place`, or with
 * `fallback` the static host's not-found page there; `basePath` is the site's.
 */
export async function renderPage(
  path: string,
  { basePath, place, fallback = false }: { basePath: string; place: PagePlace; fallback?: boolean },
): Promise<RenderedPage> {
  const pathname = fallback ? FALLBACK_PATH : path;
  const basename = placeBasename(basePath, place);
  await preloadPage(pathname, '/', place.reading);
  // After the page's code: the islands in a lazily loaded page register as it loads.
  await preloadIslands();
  const body = renderToString(
    <StrictMode>
      <ReadingProvider place={place} messages={catalogues[place.reading]}>
        <StaticRouter basename={basename} location={withBase(basename, pathname)}>
          <App data={pageDebates[place.reading]} />
        </StaticRouter>
      </ReadingProvider>
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
  // else relative to the host, which a JSON-LD reader resolves against the page. Either way
  // they are this page's place's: its reading's address, or the default one.
  const siteUrl = import.meta.env.SITE_URL;
  const urlOf: UrlOf = (p) =>
    siteUrl ? absoluteUrl(siteUrl, placePath(place, p)) : withBase(basePath, placePath(place, p));
  const words = wordsAt(place);
  return {
    head: headTagsHtml(pageHead(pathname, words)) + structuredData(pathname, words, urlOf),
    body,
    modules: [...pageModules(pathname, place.reading), catalogueModule(place.reading)],
    path: pathname,
  };
}
