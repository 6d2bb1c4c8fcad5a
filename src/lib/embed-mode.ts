import { createContext, useContext } from 'react';

// `?embed=1` on any page shows just that page's view, for another site's <iframe>: no site
// header, no search, a line linking to the full page, and its height told to the host page
// (src/lib/use-embed-height.ts, public/embed.js). index.html's inline script marks <html>
// with the `embed` class before the first paint, so the prerendered header never shows;
// the app drops it once hydrated, so hydration still matches the prerendered HTML.

/** Whether the query string `search` asks for the embedded view. */
export const asksForEmbed = (search: string): boolean =>
  new URLSearchParams(search).get('embed') === '1';

/** The query parameter that asks for the embedded view. */
export const EMBED_PARAMS = { embed: '1' } as const;

const EmbedMode = createContext(false);

/** Provides whether the page is embedded (App decides, once hydrated). */
export const EmbedModeProvider = EmbedMode.Provider;

/** True when the page is shown embedded in another site. */
export const useEmbedMode = (): boolean => useContext(EmbedMode);
