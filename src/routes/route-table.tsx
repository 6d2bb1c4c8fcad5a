import type { ComponentType, ReactNode } from 'react';
import { matchPath, matchRoutes, useRoutes, type Params, type RouteObject } from 'react-router';
import { withoutBase } from '@/lib/base-path';
import { bundledSourceModule, loadBundledSource } from '@/lib/debate-view/bundled-source';
import { pageMeta, type HeadTag } from '@/lib/page-meta';
import type { PageWords } from '@/lib/page-words';
import { readingScript, type Reading } from '@/lib/reading';
import { pageShareImage as image } from '@/features/share-image/share-card';
import { RouteBoundary } from '@/ui/route-boundary';
import type { explorerPages } from './explorer-pages';
import { lazyPage } from './lazy-page';
import NotFoundPage from './not-found';

// The public URL contract (see src/lib/paths.ts): shared links must keep working. The paths
// are the same in every reading, under the reading's own address (src/lib/reading.ts). Each
// page names its head tags (pageMeta) in its reading, which the prerender writes and
// navigation updates.

interface PageHandle {
  /** The page's head tags; a layout (the explorer) has none of its own. */
  meta?: (words: PageWords, params: Params) => HeadTag[];
  /**
   * Loads a lazily loaded page's code, and what it shows in a reading that is loaded apart
   * from it; `modules` are their source files, for the prerender.
   */
  lazy?: {
    preload: (reading: Reading) => Promise<unknown>;
    modules: (reading: Reading) => string[];
  };
}

interface PageRoute {
  element: ReactNode;
  handle: PageHandle;
}

// The pages few readers open first load their code when they are opened.
const lazyModules = import.meta.glob<{ default: ComponentType }>([
  './source.tsx',
  './about.tsx',
  './search.tsx',
  './studio.tsx',
  './compare.tsx',
]);

/** What a page shows in each reading that loads apart from its code: /source's text. */
interface ReadingAssets {
  preload: (reading: Reading) => Promise<unknown>;
  module: (reading: Reading) => string;
}

function lazyRoute(file: string, meta: PageHandle['meta'], assets?: ReadingAssets): PageRoute {
  const load = lazyModules[file];
  if (!load) throw new Error(`No lazily loaded page ${file}`);
  const { Page, preload } = lazyPage(load);
  const module = `src/routes/${file.slice(2)}`;
  return page(<Page />, {
    meta,
    lazy: {
      preload: (reading) => Promise.all([preload(), assets?.preload(reading)]),
      modules: (reading) => [module, ...(assets ? [assets.module(reading)] : [])],
    },
  });
}

const sourceText: ReadingAssets = {
  preload: (reading) => loadBundledSource(readingScript(reading)),
  module: (reading) => bundledSourceModule(readingScript(reading)),
};

// The explorer's layout and pages share one module (explorer-pages.tsx), loaded as one.
const loadExplorer = () => import('./explorer-pages').then((module) => module.explorerPages);
type ExplorerPage = keyof typeof explorerPages;
const explorerPage = (name: ExplorerPage) =>
  lazyPage(() => loadExplorer().then((pages) => ({ default: pages[name] })));
const Explorer = {
  Layout: explorerPage('ExplorerLayout'),
  Overview: explorerPage('Overview'),
  Topic: explorerPage('TopicPage'),
  Stance: explorerPage('StancePage'),
  Speaker: explorerPage('SpeakerPage'),
};
const explorerLazy: NonNullable<PageHandle['lazy']> = {
  // Each wrapper keeps its own loaded component; they all wait on the one chunk.
  preload: () => Promise.all(Object.values(Explorer).map((page) => page.preload())),
  modules: () => ['src/routes/explorer-pages.tsx'],
};
/** The explorer's addresses, for preloadPage (its layout route has no path of its own). */
const EXPLORER_PATHS = [
  '/',
  '/topics/:topicId',
  '/topics/:topicId/:speakerId',
  '/speakers/:speakerId',
];

function page(element: ReactNode, handle: PageHandle): PageRoute {
  return { element: <RouteBoundary>{element}</RouteBoundary>, handle };
}

const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <RouteBoundary>
        <Explorer.Layout.Page />
      </RouteBoundary>
    ),
    handle: { lazy: explorerLazy } satisfies PageHandle,
    children: [
      {
        index: true,
        ...page(<Explorer.Overview.Page />, {
          meta: (words) => pageMeta.overview(words, image.overview(words)),
        }),
      },
      {
        path: 'topics/:topicId',
        ...page(<Explorer.Topic.Page />, {
          meta: (words, p) => pageMeta.topic(words, p.topicId, image.topic(words, p.topicId)),
        }),
      },
      {
        path: 'topics/:topicId/:speakerId',
        ...page(<Explorer.Stance.Page />, {
          meta: (words, p) =>
            pageMeta.stance(
              words,
              p.topicId,
              p.speakerId,
              image.stance(words, p.topicId, p.speakerId),
            ),
        }),
      },
      {
        path: 'speakers/:speakerId',
        ...page(<Explorer.Speaker.Page />, {
          meta: (words, p) =>
            pageMeta.speaker(words, p.speakerId, image.speaker(words, p.speakerId)),
        }),
      },
    ],
  },
  {
    // The topic filter is a path segment, so every filtered view is a prerendered page.
    path: 'compare/:topicId?',
    ...lazyRoute('./compare.tsx', (words, p) =>
      pageMeta.compare(words, p.topicId, image.overview(words)),
    ),
  },
  // The pages without a share image of their own show the site's.
  {
    path: 'source',
    ...lazyRoute(
      './source.tsx',
      (words) => pageMeta.source(words, image.overview(words)),
      sourceText,
    ),
  },
  {
    path: 'about',
    ...lazyRoute('./about.tsx', (words) => pageMeta.about(words, image.overview(words))),
  },
  {
    path: 'search',
    ...lazyRoute('./search.tsx', (words) => pageMeta.search(words, image.overview(words))),
  },
  { path: 'studio', ...lazyRoute('./studio.tsx', (words) => pageMeta.studio(words)) },
  { path: '*', ...page(<NotFoundPage />, { meta: (words) => pageMeta.notFound(words) }) },
];

/** The page at the current address. */
export function AppRoutes() {
  return useRoutes(routes);
}

function pageMatches(pathname: string) {
  return (matchRoutes(routes, pathname) ?? []).map((match) => ({
    handle: match.route.handle as PageHandle | undefined,
    params: match.params,
  }));
}

/** The head tags of the page at `pathname` (an app path, without base path or reading). */
export function pageHead(pathname: string, words: PageWords): HeadTag[] {
  const match = pageMatches(pathname).findLast((m) => m.handle?.meta);
  return match?.handle?.meta ? match.handle.meta(words, match.params) : pageMeta.notFound(words);
}

// Only top-level pages load lazily (lazyRoute). Matching just them keeps ranking the whole
// route table out of the task that starts the app; the router ranks it while it hydrates.
const lazyPages = [
  ...EXPLORER_PATHS.map((path) => ({ path, preload: explorerLazy.preload })),
  ...routes.flatMap(({ path, handle }) => {
    const lazy = (handle as PageHandle | undefined)?.lazy;
    return lazy && path && path !== '/' ? [{ path: `/${path}`, preload: lazy.preload }] : [];
  }),
];

/**
 * Loads the code of the page at `pathname` (under `basename`), and what it shows in `reading`,
 * so that it renders without suspending.
 */
export async function preloadPage(
  pathname: string,
  basename: string,
  reading: Reading,
): Promise<void> {
  const path = withoutBase(basename, pathname);
  if (path === null) return;
  await Promise.all(
    lazyPages.filter((page) => matchPath(page.path, path)).map((page) => page.preload(reading)),
  );
}

/** The source files of the lazily loaded code (and text) the page at `pathname` needs in `reading`. */
export function pageModules(pathname: string, reading: Reading): string[] {
  return pageMatches(pathname).flatMap((m) => m.handle?.lazy?.modules(reading) ?? []);
}
