import type { Messages } from './messages-zh-hant';
import { useReadingInView } from './reading-context';

/** The interface's messages in the page's reading. */
export function useText(): Messages {
  return useReadingInView().messages;
}
