import { loadedCatalogue } from './catalogues';
import { messagesZhHant, type Messages } from './messages-zh-hant';
import { useLocale } from './use-locale';

/** The interface's messages in the reader's language and script. */
export function useText(): Messages {
  // useLocale only ever names a language whose catalogue has loaded.
  return loadedCatalogue(useLocale().tag) ?? messagesZhHant;
}
