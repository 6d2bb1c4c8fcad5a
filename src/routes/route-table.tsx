import type { ComponentType, ReactNode } from 'react';
import { matchPath, matchRoutes, useRoutes, type Params, type RouteObject } from 'react-router';
import type { Debate } from '@/model/debate-schema';
import { withoutBase } from '@/lib/base-path';
import { pageMeta, type HeadTag } from '@/lib/page-meta';
import { pageShareImage as image } from '@/features/share-image/share-card';
import { RouteBoundary } from '@/ui/route-boundary';
import type { explorerPages } from './explorer-pages';
import { lazyPage } from './lazy-page';
import NotFoundPage from './not-found';

// The public URL contract (see src/lib/paths.ts): shared links must keep working. Each page
// names its head tags (pageMeta), which the prerender writes and navigation updates.

interface PageHandle {
  /** The page's head tags; a layout (the explorer) has none of its own. */
  meta?: (debate: Debate, params: Params) => HeadTag[];
  /** Loads a lazily loaded page's code; `module` is its source file, for the prerender. */
  lazy?: { preload: () => Promise<unknown>; module: string };
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

function lazyRoute(file: string, meta: PageHandle['meta']): PageRoute {
  const load = lazyModules[file];
  if (!load) throw new Error(`No lazily loaded page ${file}`);
  const { Page, preload } = lazyPage(load);
  return page(<Page />, { meta, lazy: { preload, module: `src/routes/${file.slice(2)}` } });
}

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
const explorerLazy = {
  // Each wrapper keeps its own loaded component; they all wait on the one chunk.
  preload: () => Promise.all(Object.values(Explorer).map((page) => page.preload())),
  module: 'src/routes/explorer-pages.tsx',
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
          meta: (debate) => pageMeta.overview(debate, image.overview(debate)),
        }),
      },
      {
        path: 'topics/:topicId',
        ...page(<Explorer.Topic.Page />, {
          meta: (debate, p) => pageMeta.topic(debate, p.topicId, image.topic(debate, p.topicId)),
        }),
      },
      {
        path: 'topics/:topicId/:speakerId',
        ...page(<Explorer.Stance.Page />, {
          meta: (debate, p) =>
            pageMeta.stance(
              debate,
              p.topicId,
              p.speakerId,
              image.stance(debate, p.topicId, p.speakerId),
            ),
        }),
      },
      {
        path: 'speakers/:speakerId',
        ...page(<Explorer.Speaker.Page />, {
          meta: (debate, p) =>
            pageMeta.speaker(debate, p.speakerId, image.speaker(debate, p.speakerId)),
        }),
      },
    ],
  },
  {
    // The topic filter is a path segment, so every filtered view is a prerendered page.
    path: 'compare/:topicId?',
    ...lazyRoute('./compare.tsx', (debate, p) =>
      pageMeta.compare(debate, p.topicId, image.overview(debate)),
    ),
  },
  // The pages without a share image of their own show the site's.
  {
    path: 'source',
    ...lazyRoute('./source.tsx', (debate) => pageMeta.source(debate, image.overview(debate))),
  },
  {
    path: 'about',
    ...lazyRoute('./about.tsx', (debate) => pageMeta.about(image.overview(debate))),
  },
  {
    path: 'search',
    ...lazyRoute('./search.tsx', (debate) => pageMeta.search(image.overview(debate))),
  },
  { path: 'studio', ...lazyRoute('./studio.tsx', () => pageMeta.studio()) },
  { path: '*', ...page(<NotFoundPage />, { meta: () => pageMeta.notFound() }) },
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

/** The head tags of the page at `pathname` (within the app, without the base path). */
export function pageHead(pathname: string, debate: Debate): HeadTag[] {
  const match = pageMatches(pathname).findLast((m) => m.handle?.meta);
  return match?.handle?.meta ? match.handle.meta(debate, match.params) : pageMeta.notFound();
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

/** Loads the code of the page at `pathname`, so that it renders without suspending. */
export async function preloadPage(pathname: string, basename = '/'): Promise<void> {
  const path = withoutBase(basename, pathname);
  if (path === null) return;
  await Promise.all(
    lazyPages.filter((page) => matchPath(page.path, path)).map((page) => page.preload()),
  );
}

/** The source files of the lazily loaded code the page at `pathname` needs. */
export function pageModules(pathname: string): string[] {
  return pageMatches(pathname).flatMap((m) => m.handle?.lazy?.module ?? []);
}
