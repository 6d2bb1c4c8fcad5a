import type { Reading } from './reading-kinds.ts';
import type { Debate } from './debate-schema';
import { withCodesOnly, withoutEnglish } from './localize-debate';

/**
 * What the pages of one reading hydrate with: the bundled debate as the reading shows it, and
 * where its Chinese was converted (Simplified), the curated original its quotes come from.
 */
export interface PageDebate {
  debate: Debate;
  original?: Debate;
}

/**
 * The page debate of a reading, from the bundled debate and its Simplified conversion (both
 * made at build time): the English reading carries the English, the Chinese ones leave it out.
 */
export function pageDebateFor(
  reading: Reading,
  bundled: { hant: Debate; hans: Debate },
): PageDebate {
  if (reading === 'en') return { debate: withCodesOnly(bundled.hant) };
  const original = withoutEnglish(bundled.hant);
  return reading === 'zh-hans'
    ? { debate: withoutEnglish(bundled.hans), original }
    : { debate: original };
}

declare global {
  interface Window {
    /**
     * Requests a reading's debate data (the page's own was requested by its bootstrap as soon
     * as the page had painted, see scripts/page-html.ts); the same request for each reading.
     */
    __debateData?: (reading: Reading) => Promise<Response>;
  }
}

/** The page debate of `reading`, as the app loads it. */
export async function loadPageDebate(reading: Reading): Promise<PageDebate> {
  if (import.meta.env.DEV) {
    const [{ default: hant }, { default: hans }] = await Promise.all([
      import('virtual:bundled-debate'),
      import('virtual:bundled-debate-hans'),
    ]);
    return pageDebateFor(reading, { hant, hans });
  }
  const request = window.__debateData?.(reading);
  if (!request) throw new Error('the page did not request the debate’s data');
  const response = await request;
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as PageDebate;
}
