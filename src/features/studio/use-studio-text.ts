import { useLocale } from '@/lib/i18n/use-locale';
import { studioMessagesEn } from './studio-messages-en';
import { studioMessagesZhHans } from './studio-messages-zh-hans';
import { studioMessagesZhHant, type StudioMessages } from './studio-messages-zh-hant';

const catalogues = {
  'zh-Hant': studioMessagesZhHant,
  'zh-Hans': studioMessagesZhHans,
  en: studioMessagesEn,
};

/** The studio's text in the reader's language and script (all three load with the studio). */
export function useStudioText(): StudioMessages {
  return catalogues[useLocale().tag];
}
