import type { Reading } from '@/model/reading-kinds';
import { withBase, withoutBase } from './base-path';
import type { LangTag, Script, UiLanguage } from './i18n/locale';

// The site's three readings. Every page exists in each, at an address of its own:
// /zh-hant/…, /zh-hans/… and /en/… (under the base path of a site hosted in a folder). The
// default address, /… without a reading, is the one readers have always shared: it shows
// Traditional Chinese, and its inline script (scripts/negotiate-reading.js) sends a reader
// with another reading, stored or asked for by the browser, to that reading's address.

export const readings = ['zh-hant', 'zh-hans', 'en'] as const satisfies readonly Reading[];
export type { Reading };

/** What the default address shows: the source's own script. */
export const DEFAULT_READING: Reading = 'zh-hant';

/** The `lang` of a reading's pages. */
export const readingTag: Record<Reading, LangTag> = {
  'zh-hant': 'zh-Hant',
  'zh-hans': 'zh-Hans',
  en: 'en',
};

/** The script a reading shows Chinese in: an English reader reads the quotes as written. */
export const readingScript = (reading: Reading): Script =>
  reading === 'zh-hans' ? 'hans' : 'hant';

export const readingLanguage = (reading: Reading): UiLanguage => (reading === 'en' ? 'en' : 'zh');

export const parseReading = (value: unknown): Reading | undefined =>
  readings.find((reading) => reading === value);

/**
 * Where a page is: its reading, and whether its address names the reading (/en/…) or is the
 * default address (/…), which shows the default reading.
 */
export interface PagePlace {
  reading: Reading;
  explicit: boolean;
}

/** The path of the app path `appPath` (with any query and fragment) at `reading`'s own address. */
export const readingPath = (reading: Reading, appPath: string): string => `/${reading}${appPath}`;

/** The path of the app path `appPath` at `place`: its reading's address, or the default one. */
export const placePath = ({ reading, explicit }: PagePlace, appPath: string): string =>
  explicit ? readingPath(reading, appPath) : appPath;

/** The router's basename for pages at `place`, under the site's `basePath`. */
export const placeBasename = (basePath: string, { reading, explicit }: PagePlace): string =>
  explicit ? `${basePath}${reading}/` : basePath;

/**
 * The place the browser's `pathname` is at: the reading its first segment under `basePath`
 * names, or else the default address. Like the static host, it reads the reading's name as
 * written (/EN/ is no reading's address).
 */
export function placeOf(basePath: string, pathname: string): PagePlace {
  const reading = parseReading(withoutBase(basePath, pathname)?.split('/')[1]);
  return reading ? { reading, explicit: true } : { reading: DEFAULT_READING, explicit: false };
}

export const samePlace = (a: PagePlace, b: PagePlace) =>
  a.reading === b.reading && a.explicit === b.explicit;

/** The address (under `basePath`) of the app path `appPath` in `reading`. */
export const readingHref = (basePath: string, reading: Reading, appPath: string): string =>
  withBase(basePath, readingPath(reading, appPath));
