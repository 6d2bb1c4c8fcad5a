import type { Debate } from './debate-schema';

declare global {
  interface Window {
    /** The debate's data, requested by the page's bootstrap (scripts/page-html.ts). */
    __debateData?: Promise<Response>;
  }
}

/** The link to the debate's data that the prerendered page carries. */
const DATA_LINK = 'link[data-debate-data]';

/**
 * The bundled debate as the prerendered page shows it (without its English, which loads on
 * demand): the data file written when the site was built, which every page shares.
 */
export async function pageDebate(): Promise<Debate> {
  if (import.meta.env.DEV) {
    const [{ default: debate }, { withoutEnglish }] = await Promise.all([
      import('virtual:bundled-debate'),
      import('./localize-debate'),
    ]);
    return withoutEnglish(debate);
  }
  const href = document.querySelector<HTMLLinkElement>(DATA_LINK)?.href;
  const request = window.__debateData ?? (href ? fetch(href) : undefined);
  if (!request) throw new Error('the page names no debate data');
  const response = await request;
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as Debate;
}
