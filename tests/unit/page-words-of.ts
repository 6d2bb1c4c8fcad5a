import type { Debate } from '@/model/debate-schema';
import { allCatalogues } from '@/lib/i18n/all-catalogues';
import { pageWords, type PageWords } from '@/lib/page-words';
import type { Reading } from '@/lib/reading';

/**
 * The words a page's head, share image and structured data are written from, for `debate`
 * in `reading` (Traditional by default) at the reading's own address or the default one.
 */
export function pageWordsOf(
  debate: Debate,
  reading: Reading = 'zh-hant',
  explicit = false,
): PageWords {
  return pageWords({ reading, explicit }, { debate }, allCatalogues[reading]);
}
