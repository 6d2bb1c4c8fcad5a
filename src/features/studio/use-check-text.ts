import { checkMessagesEn } from '@/lib/i18n/check-messages-en';
import { checkMessagesZhHans } from '@/lib/i18n/check-messages-zh-hans';
import { checkMessagesZhHant, type CheckMessages } from '@/lib/i18n/check-messages-zh-hant';
import { useLocale } from '@/lib/i18n/use-locale';

const catalogues = {
  'zh-Hant': checkMessagesZhHant,
  'zh-Hans': checkMessagesZhHans,
  en: checkMessagesEn,
};

/** What the checks say, in the editor's language and script (all three load with the studio). */
export function useCheckText(): CheckMessages {
  return catalogues[useLocale().tag];
}
