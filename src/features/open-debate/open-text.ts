import type { LangTag } from '@/lib/i18n/locale';
import type { OpenText } from './read-debate-files';

// What reading and checking a debate say, in the reader's language. Loaded on demand: the
// worker and the studio need them, a reader's page does not.
const catalogues: Record<LangTag, () => Promise<OpenText>> = {
  'zh-Hant': async () => ({
    problems: (await import('@/lib/i18n/messages-zh-hant')).messagesZhHant.openProblems,
    checks: (await import('@/lib/i18n/check-messages-zh-hant')).checkMessagesZhHant,
  }),
  'zh-Hans': async () => ({
    problems: (await import('@/lib/i18n/messages-zh-hans')).messagesZhHans.openProblems,
    checks: (await import('@/lib/i18n/check-messages-zh-hans')).checkMessagesZhHans,
  }),
  en: async () => ({
    problems: (await import('@/lib/i18n/messages-en')).messagesEn.openProblems,
    checks: (await import('@/lib/i18n/check-messages-en')).checkMessagesEn,
  }),
};

/** The messages of reading and checking an opened debate, in `tag`'s language. */
export function loadOpenText(tag: LangTag): Promise<OpenText> {
  return catalogues[tag]();
}
