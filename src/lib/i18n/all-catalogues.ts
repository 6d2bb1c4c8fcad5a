import type { Reading } from '@/lib/reading';
import { messagesEn } from './messages-en';
import { messagesZhHans } from './messages-zh-hans';
import { messagesZhHant } from './messages-zh-hant';
import type { Messages } from './messages-zh-hant';

// Every reading's catalogue at once, for the build (which prerenders every reading) and tests.
// The browser never imports this: it loads only its page's reading (./catalogues.ts).
export const allCatalogues: Record<Reading, Messages> = {
  'zh-hant': messagesZhHant,
  'zh-hans': messagesZhHans,
  en: messagesEn,
};
