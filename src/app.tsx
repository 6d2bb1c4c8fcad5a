import { Suspense, useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { Debate } from '@/model/debate-schema';
import { applyHeadTags } from '@/lib/document-head';
import { paths } from '@/lib/paths';
import { asksForEmbed, EmbedModeProvider } from '@/lib/embed-mode';
import { useEmbedHeight } from '@/lib/use-embed-height';
import { useClientValue } from '@/lib/use-hydrated';
import { useLocale } from '@/lib/i18n/use-locale';
import { lazyIsland, preloadIslands } from '@/lib/lazy-island';
import { useText } from '@/lib/i18n/use-text';
import { rehydratePreferences } from '@/lib/preferences';
import { CiteSlotProvider, type CiteTarget } from '@/ui/cite-slot';
import { OpenedDebateProvider } from '@/features/open-debate/opened-debate-provider';
import { EmbedSourceLine } from '@/ui/embed-source-line';
import { AppRoutes, pageHead } from './routes/route-table';
import { SiteHeader, useLinkLocale } from './routes/site-header';
import { useScrollOnNavigation } from './routes/use-scroll-on-navigation';

/**
 * Marks the document once React has hydrated it and applied the reader's preferences: the
 * page's scripts run only after its first paint (scripts/page-html.ts), so until then its
 * controls are plain HTML. The browser tests wait for this mark before they interact.
 */
function markHydrated() {
  document.documentElement.dataset.hydrated = 'true';
}

/**
 * Applies what the prerendered page could not know (stored choices, the browser's languages)
 * in a task of its own: the re-render it may cause then does not lengthen the task that
 * ends hydration, which would block input for longer.
 */
function applyPreferencesSoon() {
  let task: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  // Not before the islands' code is in: an island whose props changed while its code was
  // still loading would be thrown away and rendered afresh (React error 421).
  void preloadIslands()
    .catch(() => undefined)
    .then(() => {
      if (!cancelled) task = setTimeout(apply);
    });
  return () => {
    cancelled = true;
    clearTimeout(task);
  };
}

function apply() {
  rehydratePreferences();
  markHydrated();
}

let firstPage = true;

/**
 * True the first time only, if the page came with the prerender's head tags: they describe the
 * page being hydrated. (404.html's describe the not-found page, which it hydrates first.)
 */
function takePrerenderedHead(): boolean {
  const first = firstPage;
  firstPage = false;
  return first && document.head.querySelector('[data-page-head]') !== null;
}

/** The document's language and head tags follow the reader's choices and the page. */
function useDocument(bundled: Debate) {
  const { tag } = useLocale();
  const { pathname } = useLocation();
  useEffect(() => {
    // Setting `lang`, even to the value it has, restyles the whole page: 50 ms of the task
    // that ends hydration, in Lighthouse's trace.
    if (document.documentElement.lang !== tag) document.documentElement.lang = tag;
  }, [tag]);
  // Like the prerendered tags, the head describes the bundled debate in its source's script.
  useEffect(() => {
    if (takePrerenderedHead()) return;
    applyHeadTags(document, pageHead(pathname, bundled));
  }, [pathname, bundled]);
}

/**
 * Whether the page is embedded (`?embed=1` on the address it was opened at, kept as the
 * reader follows links inside the frame). Not while hydrating: the prerendered HTML has the
 * site's header, which index.html's inline script has hidden before the first paint.
 */
function useEmbedded(): boolean {
  const [params] = useSearchParams();
  const [asked] = useState(() => asksForEmbed(params.toString()));
  const embedded = useClientValue(asked, false);
  useEmbedHeight(embedded);
  return embedded;
}

// Controls used now and then hydrate on their own, once their code has loaded (islands).
const CiteButton = lazyIsland(() =>
  import('@/features/cite/cite-button').then((module) => module.CiteButton),
);
const OpenDebateControl = lazyIsland(() =>
  import('@/features/open-debate/open-debate-control').then((module) => module.OpenDebateControl),
);

const renderCite = (target: CiteTarget) => <CiteButton target={target} />;

/** The site: its header and the page at the current address, with `debate` (the bundled one). */
export function App({ debate }: { debate: Debate }) {
  useEffect(applyPreferencesSoon, []);
  useLinkLocale();
  useDocument(debate);
  useScrollOnNavigation();
  const embedded = useEmbedded();
  const t = useText();
  return (
    <OpenedDebateProvider bundled={debate}>
      <CiteSlotProvider render={renderCite}>
        <EmbedModeProvider value={embedded}>
          {!embedded && (
            <>
              <a className="skip-link" href="#main">
                {t.skipToContent}
              </a>
              <SiteHeader />
            </>
          )}
          <main id="main" tabIndex={-1}>
            <Suspense>
              <AppRoutes />
            </Suspense>
            {embedded && <EmbedSourceLine />}
          </main>
          {/* Opening another debate is an editor's tool, not what a reader should meet first. */}
          {!embedded && (
            <footer className="site-footer">
              <section className="for-editors" aria-labelledby="for-editors-heading">
                <h2 id="for-editors-heading">{t.forEditors}</h2>
                <p>{t.forEditorsHelp}</p>
                <OpenDebateControl />
                <p>
                  <Link to={paths.studio()}>{t.openStudio}</Link>
                </p>
              </section>
            </footer>
          )}
        </EmbedModeProvider>
      </CiteSlotProvider>
    </OpenedDebateProvider>
  );
}
