import type { Debate } from './debate-schema';

declare global {
  interface Window {
    /** The debate's data, requested by the page's bootstrap (scripts/page-html.ts). */
    __debateData?: Promise<Response>;
  }
}

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
  // The prerendered page's bootstrap requested it as soon as the page had painted.
  const request = window.__debateData;
  if (!request) throw new Error('the page did not request the debate’s data');
  const response = await request;
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as Debate;
}
