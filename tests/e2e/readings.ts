// The site's three readings, and how a test opens a page in one of them. Every browser test
// that needs a reading goes through readingUrl, so the way a reading is addressed is
// written once.

export const readings = ['zh-hant', 'zh-hans', 'en'] as const;
export type Reading = (typeof readings)[number];

/** The `lang` of each reading's pages. */
export const readingLang: Record<Reading, string> = {
  'zh-hant': 'zh-Hant',
  'zh-hans': 'zh-Hans',
  en: 'en',
};

/**
 * The address of the app path `path` (with its query and fragment) in `reading`: under the
 * reading's own prefix (/zh-hant/…, /zh-hans/…, /en/…), which shows that reading to every
 * browser. The default address (the bare path) is the negotiation's to test.
 */
export function readingUrl(reading: Reading, path: string): string {
  return `/${reading}${path}`;
}
