import type { Reading } from '@/lib/reading';
import type { Messages } from './messages-zh-hant';

// Each reading's catalogue is a chunk of its own: a page's bootstrap loads just its reading's
// (scripts/page-html.ts), beside the app's entry, and the app waits for it before rendering.

const importers: Record<Reading, () => Promise<Messages>> = {
  'zh-hant': async () => (await import('./messages-zh-hant')).messagesZhHant,
  'zh-hans': async () => (await import('./messages-zh-hans')).messagesZhHans,
  en: async () => (await import('./messages-en')).messagesEn,
};

/** The source file of each reading's catalogue, for the prerender to name its chunk. */
export const catalogueModule = (reading: Reading) => `src/lib/i18n/messages-${reading}.ts`;

export const loadMessages = (reading: Reading): Promise<Messages> => importers[reading]();
