import { createLazyVariants } from '@/lib/lazy-variant';
import type { LangTag } from './locale';
import { messagesZhHant, type Messages } from './messages-zh-hant';

// The pages are prerendered in the source's Traditional Chinese, so only that catalogue is in
// the first download; the Simplified and English ones load when a reader asks for them.

const loaded = new Map<LangTag, Messages>([['zh-Hant', messagesZhHant]]);

const importers: Record<LangTag, () => Promise<Messages>> = {
  'zh-Hant': async () => messagesZhHant,
  'zh-Hans': async () => (await import('./messages-zh-hans')).messagesZhHans,
  en: async () => (await import('./messages-en')).messagesEn,
};

/** The catalogue for `tag` if it has loaded, else undefined. */
export const loadedCatalogue = (tag: LangTag): Messages | undefined => loaded.get(tag);

/** Asks for the catalogue of `tag` and re-renders once it has loaded (or failed to). */
export const useCatalogueLoad = createLazyVariants(async (tag: LangTag) => {
  const messages = await importers[tag]();
  loaded.set(tag, messages);
  return messages;
}, 3);
