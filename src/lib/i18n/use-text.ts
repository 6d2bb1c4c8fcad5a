import { messagesEn } from './messages-en';
import { messagesZhHans } from './messages-zh-hans';
import { messagesZhHant, type Messages } from './messages-zh-hant';
import type { LangTag } from './locale';
import { useLocale } from './use-locale';

const catalogues: Record<LangTag, Messages> = {
  'zh-Hant': messagesZhHant,
  'zh-Hans': messagesZhHans,
  en: messagesEn,
};

/** The interface's messages in the reader's language and script. */
export function useText(): Messages {
  return catalogues[useLocale().tag];
}
